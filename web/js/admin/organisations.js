// « Organisations membres » of the administration page: list (archived ones included), create, rename, archive or
// bring back. Archived organisations are never deleted: what was recorded for them keeps their name.
import { api, describeError } from '../api.js';
import { dayOf } from '../format.js';
import { statusArea } from '../ui/status.js';

export function organisationsPanel({ form, table, statusElement, onChange }) {
  const status = statusArea(statusElement);
  const body = table.querySelector('tbody');
  let organisations = [];

  async function load() {
    organisations = await api.get('/api/organisations', { archived: true });
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
    const tr = document.createElement('tr');
    tr.dataset.organisationId = organisation.id;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = organisation.name;
    const state = document.createElement('td');
    state.className = 'state';
    state.textContent = organisation.archived
      ? 'archivée' + (organisation.archivedAt ? ' le ' + dayOf(organisation.archivedAt) : '') : 'active';
    const actions = document.createElement('td');
    actions.className = 'actions';
    const rename = button('Renommer', 'secondary small rename', () => startRenaming(tr, organisation));
    rename.setAttribute('aria-label', 'Renommer « ' + organisation.name + ' »');
    const archive = button(organisation.archived ? 'Réactiver' : 'Archiver', 'secondary small archive',
      () => setArchived(organisation, !organisation.archived));
    archive.setAttribute('aria-label', (organisation.archived ? 'Réactiver « ' : 'Archiver « ') + organisation.name + ' »');
    actions.append(rename, archive);
    tr.append(name, state, actions);
    return tr;
  }

  function startRenaming(tr, organisation) {
    const cell = tr.querySelector('th');
    const input = Object.assign(document.createElement('input'), { type: 'text', value: organisation.name,
      maxLength: 200, className: 'rename-input' });
    input.setAttribute('aria-label', 'Nouveau nom de « ' + organisation.name + ' »');
    const save = button('Enregistrer', 'small save', () => rename(organisation, input.value));
    const cancel = button('Annuler', 'secondary small', () => render());
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
      const renamed = await api.put('/api/organisations/' + organisation.id, { name });
      status.ok('« ' + organisation.name + ' » s’appelle maintenant « ' + renamed.name + ' ».');
      await reload();
    } catch (e) {
      status.error(describeError('Renommer « ' + organisation.name + ' »', e));
    }
  }

  async function setArchived(organisation, archived) {
    try {
      await api.put('/api/organisations/' + organisation.id + '/archived', { archived });
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
      const created = await api.post('/api/organisations', { name: input.value });
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

function button(text, className, onClick) {
  const b = Object.assign(document.createElement('button'), { type: 'button', className, textContent: text });
  b.addEventListener('click', onClick);
  return b;
}
