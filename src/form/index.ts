// The form model: editor values ⇄ session, values → request body, reason inference, the
// client-side checks built from core's rules. Pure TypeScript: no React, no I/O.
export { buildMerchantBody } from './buildMerchantBody.js';
export { buildSubmission, type Submission } from './buildSubmission.js';
export { buildUpdateBody } from './buildUpdateBody.js';
export {
  type AreaPick,
  describeSessionChanges,
  type SessionArea,
  shopperAreas,
} from './describeSessionChanges.js';
export {
  type CustomDataRow,
  type EditorField,
  type EditorValues,
  editorValues,
  guestFields,
  type ShopperValues,
  type UtmKey,
} from './editorValues.js';
export { fieldForPath } from './fieldForPath.js';
export { inferUpdateReason } from './inferUpdateReason.js';
export { merchantAreas } from './merchantAreas.js';
export { merchantFieldForPath } from './merchantFieldForPath.js';
export { merchantValues, utmKeys } from './merchantValues.js';
export { newIdempotencyKey } from './newIdempotencyKey.js';
export { type PlacedErrors, placeServerErrors } from './placeServerErrors.js';
export { allSections, defaultSections, merchantSections, type Section } from './sections.js';
export { shownField } from './shownField.js';
export { type FieldErrorMap, toFieldErrors } from './toFieldErrors.js';
export { type FormProblem, toFormProblem } from './toFormProblem.js';
export { type FieldProblem, validateEditorValues } from './validateEditorValues.js';
export { validateMerchantValues } from './validateMerchantValues.js';
