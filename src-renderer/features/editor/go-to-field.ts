import { fieldId, type FieldName } from './missing-fields.ts';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

// Brings a field, its label and its red message to the middle of the window and puts the cursor in it. Called
// after the page has been laid out, so nothing inserted above can push the field away again. A group of radios
// or checkboxes carries the id on its wrapper: its first choice takes the focus.
export function goToField(name: FieldName): void {
  const control = document.getElementById(fieldId(name));
  if (!control) return;
  (control.closest('.ant-form-item') ?? control).scrollIntoView({ block: 'center' });
  const target = control.matches(FOCUSABLE) ? control : control.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus({ preventScroll: true });
}
