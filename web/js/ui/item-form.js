// The form of one territory item (place, 115 hotel, person, van) in a modal dialog. What the server refuses comes
// back next to the field it names (RFC 9457 body with `field`); a conflict (409: someone changed the item in the
// meantime) puts the current values in the form, so the user redoes their change on top of them.
import { ApiError } from '../api.js';
import { statusArea } from './status.js';
import { halfDaysField } from './half-days.js';

let dialog = null;

/**
 * Opens the form and resolves with what `save` resolved (the stored item), or null when the user cancels.
 *
 * @param fields  [{ name, label, type: 'text'|'number'|'checkbox'|'select'|'date'|'half-days', required, options:
 *                [[value, label]], hint, step, min, max }]
 * @param values  the item as read (with its `version`), or the defaults of a new one
 * @param save    (values, read) => Promise of the stored item; `read` is the item the values started from
 * @param extra   more buttons: [{ label, action: (read, close) => void }]
 */
export function openItemForm({ title, fields, values, save, submitLabel = 'Enregistrer', extra = [] }) {
  dialog = dialog || createDialog();
  const form = document.createElement('form');
  form.noValidate = true;
  const heading = document.createElement('h2');
  heading.id = 'editeur-formulaire-titre';
  heading.textContent = title;
  const status = document.createElement('div');
  status.className = 'status';
  status.hidden = true;
  const says = statusArea(status);
  const inputs = new Map(fields.map((field) => [field.name, input(field)]));
  form.append(heading, status, ...fields.map((field) => row(field, inputs.get(field.name))));

  const buttons = document.createElement('p');
  buttons.className = 'dialog-buttons';
  const submit = button(submitLabel, 'submit');
  const cancel = button('Annuler', 'button', 'secondary');
  buttons.append(submit, cancel);
  form.append(buttons);
  dialog.replaceChildren(form);

  let read = values || {};
  fill(read);

  return new Promise((resolve) => {
    let done = false;
    const close = (result) => {
      if (done) return;
      done = true;
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      resolve(result);
    };
    const onClose = () => close(null);
    dialog.addEventListener('close', onClose);
    cancel.addEventListener('click', () => close(null));
    extra.forEach(({ label, action }) => {
      const more = button(label, 'button', 'secondary');
      more.addEventListener('click', () => action(read, close));
      buttons.append(more);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors();
      const missing = fields.find((f) => f.required && isBlank(inputs.get(f.name), f));
      if (missing) {
        fieldError(missing.name, missing.label + ' : à remplir.');
        return;
      }
      submit.disabled = true;
      says.info('Enregistrement…');
      try {
        close(await save(valuesOf(), read));
      } catch (e) {
        refused(e);
      } finally {
        submit.disabled = false;
      }
    });
    dialog.showModal();
    const first = inputs.get(fields[0].name);
    if (first) first.focus();
  });

  function refused(e) {
    if (e instanceof ApiError && e.status === 409 && e.problem.current) {
      read = e.problem.current;
      fill(read);
      says.error('Modifié entre-temps par quelqu’un d’autre : rien n’a été enregistré. Le formulaire montre '
        + 'maintenant les valeurs actuelles ; refaites votre modification puis enregistrez.');
    } else if (e instanceof ApiError && e.status === 400 && e.problem.field && inputs.has(e.problem.field)) {
      says.error('Vérifiez le champ signalé : rien n’a été enregistré.');
      fieldError(e.problem.field, e.message);
    } else {
      says.error('Enregistrement impossible : ' + e.message);
    }
  }

  function fill(item) {
    fields.forEach((field) => {
      const control = inputs.get(field.name);
      const value = item[field.name];
      if (field.type === 'checkbox') control.checked = Boolean(value);
      else control.value = value === undefined || value === null ? '' : value;
    });
  }

  function valuesOf() {
    const out = {};
    fields.forEach((field) => {
      const control = inputs.get(field.name);
      if (field.type === 'checkbox') out[field.name] = control.checked;
      else if (field.type === 'number') out[field.name] = control.value === '' ? null : Number(control.value);
      else if (field.type === 'half-days') out[field.name] = control.value;
      else out[field.name] = control.value.trim() === '' ? null : control.value.trim();
    });
    return out;
  }

  function clearErrors() {
    says.clear();
    form.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  }

  function fieldError(name, message) {
    const error = form.querySelector('#erreur-' + name);
    error.textContent = message;
    error.hidden = false;
    const control = inputs.get(name);
    const element = control.element || control;
    element.setAttribute('aria-invalid', 'true');
    control.focus();
  }
}

/** Closes the form if it is open (the page changes territory, or leaves edit mode). */
export function closeItemForm() {
  if (dialog && dialog.open) dialog.close();
}

function createDialog() {
  const element = document.createElement('dialog');
  element.id = 'editeur-formulaire';
  element.className = 'item-form';
  element.setAttribute('aria-labelledby', 'editeur-formulaire-titre');
  document.body.append(element);
  return element;
}

function input(field) {
  if (field.type === 'half-days') {
    const grid = halfDaysField(field.name, field.label);
    grid.element.setAttribute('aria-describedby', 'erreur-' + field.name);
    return grid;
  }
  const id = 'champ-' + field.name;
  let control;
  if (field.type === 'select') {
    control = document.createElement('select');
    (field.options || []).forEach(([value, label]) => control.append(new Option(label, value)));
  } else {
    control = document.createElement('input');
    control.type = field.type === 'number' || field.type === 'checkbox' || field.type === 'date' ? field.type : 'text';
    if (field.type === 'number') {
      control.step = field.step || 'any';
      if (field.min !== undefined) control.min = field.min;
      if (field.max !== undefined) control.max = field.max;
      control.inputMode = 'decimal';
    }
    if (control.type === 'text') control.autocomplete = 'off';
  }
  control.id = id;
  control.name = field.name;
  if (field.required) control.setAttribute('aria-required', 'true');
  control.setAttribute('aria-describedby', ['erreur-' + field.name, field.hint ? 'aide-' + field.name : null]
    .filter(Boolean).join(' '));
  return control;
}

function row(field, control) {
  const wrap = document.createElement('div');
  wrap.className = 'field' + (field.type === 'checkbox' ? ' check' : '');
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = 'erreur-' + field.name;
  error.hidden = true;
  if (field.type === 'half-days') {
    wrap.append(control.element, error);
    return wrap;
  }
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = field.label + (field.required ? ' (obligatoire)' : '');
  if (field.type === 'checkbox') wrap.append(control, label);
  else wrap.append(label, control);
  if (field.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = 'aide-' + field.name;
    hint.textContent = field.hint;
    wrap.append(hint);
  }
  wrap.append(error);
  return wrap;
}

function button(text, type, className) {
  const element = document.createElement('button');
  element.type = type;
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function isBlank(control, field) {
  if (field.type === 'checkbox') return false;
  return String(control.value).trim() === '';
}
