import type { EditorField } from './editorValues.js';

// `details[].path` of the fields a storefront shows; the captured segment is the field's name.
export const shopperPaths =
  /^(?:contract\.(plan_id|quantity|start_date|currency)|customer\.(email|name|company|phone))$/;
// … and of the support-staff fields (`checkout-editor/merchant`).
export const merchantPaths =
  /^(?:attribution\.(utm_(?:source|medium|campaign|term|content))|(currency|expires_at|success_url|cancel_url|pending_url|update_reason|update_note)|(custom_data)(?:\..*)?)$/;

/** The field a pattern's captured segment names, or undefined when `path` does not match. */
export const matchField = (re: RegExp, path: string) =>
  re.exec(path)?.slice(1).find(Boolean) as EditorField | undefined;
