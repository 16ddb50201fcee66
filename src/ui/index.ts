export { CheckoutEditor } from './CheckoutEditor.js';
export type {
  CheckoutEditorConnection,
  CheckoutEditorHandle,
  CheckoutEditorProps,
  EditorActivity,
  EditorState,
} from './CheckoutEditorProps.js';
export { en, type Messages } from './messages/en.js';
