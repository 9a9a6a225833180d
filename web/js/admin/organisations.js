// « Organisations membres » of the administration page: list (archived ones included), create, rename, archive or
// bring back. Archived organisations are never deleted: what was recorded for them keeps their name.
import { api, describeError } from '../api.js';
import { actionButton, el } from '../dom.js';
import { dayOf } from '../format.js';
import { statusArea } from '../ui/status.js';

export function organisationsPanel({ form, table, statusElement, onChange }) {
  const status = statusArea(statusElement);
  const body = table.querySelector('tbody');
  let organisations = [];

  async function load() {
    organisations = await api.admin.organisations();
    render();
    return organisations;
  }

  function render() {
    if (!organisations.length) {
      const row = body.insertRow();
      const cell = row.insertCell();
      cell.colSpan = 3;
      cell.textContent = 'Aucune organisation pour l’instant : ajoutez la première ci-dessus.';
      body.replaceChildren(row);
      return;
    }
    body.replaceChildren(...organisations.map(row));
  }

  function row(organisation) {
    const tr = el('tr');
    tr.dataset.organisationId = organisation.id;
    const name = el('th');
    name.scope = 'row';
    name.textContent = organisation.name;
    const state = el('td');
    state.className = 'state';
    state.textContent = organisation.archived
      ? 'archivée' + (organisation.archivedAt ? ' le ' + dayOf(organisation.archivedAt) : '') : 'active';
    const actions = el('td');
    actions.className = 'actions';
    const rename = actionButton('Renommer', 'secondary small rename', () => startRenaming(tr, organisation));
    rename.setAttribute('aria-label', 'Renommer « ' + organisation.name + ' »');
    const archive = actionButton(organisation.archived ? 'Réactiver' : 'Archiver', 'secondary small archive',
      () => setArchived(organisation, !organisation.archived));
    archive.setAttribute('aria-label', (organisation.archived ? 'Réactiver « ' : 'Archiver « ') + organisation.name + ' »');
    actions.append(rename, archive);
    tr.append(name, state, actions);
    return tr;
  }

  function startRenaming(tr, organisation) {
    const cell = tr.querySelector('th');
    const input = el('input', { type: 'text', value: organisation.name,
      maxLength: 200, className: 'rename-input' });
    input.setAttribute('aria-label', 'Nouveau nom de « ' + organisation.name + ' »');
    const save = actionButton('Enregistrer', 'small save', () => rename(organisation, input.value));
    const cancel = actionButton('Annuler', 'secondary small', () => render());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); save.click(); }
      if (event.key === 'Escape') { event.preventDefault(); render(); }
    });
    cell.replaceChildren(input, ' ', save, ' ', cancel);
    input.focus();
    input.select();
  }

  async function rename(organisation, name) {
    try {
      const renamed = await api.admin.renameOrganisation(organisation.id, name);
      status.ok('« ' + organisation.name + ' » s’appelle maintenant « ' + renamed.name + ' ».');
      await reload();
    } catch (e) {
      status.error(describeError('Renommer « ' + organisation.name + ' »', e));
    }
  }

  async function setArchived(organisation, archived) {
    try {
      await api.admin.archiveOrganisation(organisation.id, archived);
      status.ok(archived ? '« ' + organisation.name + ' » est archivée : elle n’est plus proposée pour les nouveaux comptes.'
        : '« ' + organisation.name + ' » est de nouveau active.');
      await reload();
    } catch (e) {
      status.error(describeError(archived ? 'Archiver' : 'Réactiver', e));
    }
  }

  async function reload() {
    await load();
    if (onChange) onChange(organisations);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.elements.name;
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const created = await api.admin.createOrganisation(input.value);
      status.ok('Organisation « ' + created.name + ' » ajoutée.');
      input.value = '';
      await reload();
    } catch (e) {
      status.error(describeError('Ajouter l’organisation', e));
    } finally {
      submit.disabled = false;
    }
  });

  return { load, active: () => organisations.filter((o) => !o.archived) };
}
