// The DOM helpers every module shares, so that no module defines its own: find an element by id, build one with
// its properties and children, a download link styled as a button, a list item with a « Supprimer » button, text
// made safe for Leaflet's HTML popups.

/** The element of this page with that id (null when there is none). */
export const $ = (id) => document.getElementById(id);

/**
 * A new element: `props` are assigned as properties (textContent, className, type, href, id, hidden…), the
 * children (nodes or strings, arrays are flattened, null and false skipped) are appended in order.
 * @param {string} tag
 * @param {Object} [props]
 * @param {...(Node|string|null|false|Array)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  });
  return node;
}

/** A button of the page (type="button", so that it never submits a form) doing `onClick`. */
export function actionButton(text, className, onClick) {
  const button = el('button', { type: 'button', className, textContent: text });
  button.addEventListener('click', onClick);
  return button;
}

/** A link styled as a secondary button: downloads (CSV, .ics, GPX) and links to another view. */
export const linkButton = (href, text) => el('a', { href, textContent: text, className: 'button secondary' });

/** A popup/tooltip text made safe for HTML (Leaflet popups take HTML strings). */
export function escapeHtml(value) {
  return String(value === undefined || value === null ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A list item: `text`, then a « Supprimer » button named `ariaLabel` for screen readers. The button stays disabled
 * while `remove` (async) runs; when it fails, the button is enabled again so that the user can retry, and `onError`
 * gets the error.
 */
export function removableItem(text, ariaLabel, remove, onError) {
  const button = actionButton('Supprimer', 'secondary small', async () => {
    button.disabled = true;
    try {
      await remove();
    } catch (e) {
      button.disabled = false;
      onError(e);
    }
  });
  button.setAttribute('aria-label', ariaLabel);
  return el('li', {}, el('span', { textContent: text }), ' ', button);
}
