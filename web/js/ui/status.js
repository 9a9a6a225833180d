// A polite live region per page section: messages are read by screen readers and shown with their kind, with
// French spacing (non-breaking space before « : », …) whatever module wrote them.
import { frenchSpacing } from '../format.js';

export function statusArea(element) {
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  return {
    info(text) { show(element, text, 'info'); },
    ok(text) { show(element, text, 'ok'); },
    error(text) { show(element, text, 'error'); },
    clear() { show(element, '', 'info'); },
  };
}

function show(element, text, kind) {
  element.textContent = frenchSpacing(text);
  element.dataset.kind = kind;
  element.hidden = !text;
}
