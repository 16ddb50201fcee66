export {
  CheckoutEditor,
  type CheckoutEditorConnection,
  type CheckoutEditorHandle,
  type CheckoutEditorProps,
} from './CheckoutEditor.js';
export type { EditorActivity } from './EditorForm.js';
export type { EditorState } from './EditorRoot.js';
export { en, type Messages } from './messages/en.js';
