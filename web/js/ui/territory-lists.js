// The lists of the territory editor: places, 115 hotels, people and vans, each with « Ajouter », and per item
// « Modifier » and « Archiver » (or « Restaurer » among the archived ones). Everything the map does with a mouse
// can be done here with a keyboard.
import { api, describeError } from '../api.js';
import { PLACES, HOTELS, STAFF, VANS } from './territory-items.js';

const SECTIONS = [
  { kind: PLACES, key: 'lieux', title: 'Lieux de permanence', add: 'Ajouter un lieu' },
  { kind: HOTELS, key: 'hotels', title: 'Hôtels 115', add: 'Ajouter un hôtel' },
  { kind: STAFF, key: 'professionnels', title: 'Professionnels', add: 'Ajouter un professionnel' },
  { kind: VANS, key: 'camions', title: 'Camions', add: 'Ajouter un camion' },
];

/**
 * @param edit     (kind, item) opens the form of an item (item without id: a new one)
 * @param archive  (kind, item) archives; restore (kind, item) brings back
 * @param report   (text, tone) where messages go, tone 'ok' or 'error'
 */
export function territoryLists(panel, { edit, archive, restore, report }) {
  const sections = SECTIONS.map((section) => build(section));
  panel.append(...sections.map((s) => s.details));

  function build(section) {
    const details = document.createElement('details');
    details.id = 'editeur-' + section.key;
    const summary = document.createElement('summary');
    summary.textContent = section.title;
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'small';
    add.textContent = section.add;
    add.addEventListener('click', () => edit(section.kind, null));
    const showArchived = document.createElement('input');
    showArchived.type = 'checkbox';
    showArchived.id = 'editeur-' + section.key + '-archives';
    const showLabel = document.createElement('label');
    showLabel.htmlFor = showArchived.id;
    showLabel.textContent = 'Montrer aussi les archivés';
    const check = document.createElement('span');
    check.className = 'check';
    check.append(showArchived, showLabel);
    const list = document.createElement('ul');
    list.className = 'editor-list';
    list.setAttribute('aria-label', section.title);
    details.append(summary, add, check, list);
    const refresh = async () => {
      try {
        const items = await api.get(section.kind.path, showArchived.checked ? { archived: true } : {});
        summary.textContent = section.title + ' (' + items.filter((i) => !i.archived).length + ')';
        list.replaceChildren(...items.map((item) => line(section.kind, item)));
        if (!items.length) list.append(Object.assign(document.createElement('li'), { textContent: 'Aucun pour l’instant.' }));
      } catch (e) {
        report(describeError(section.title, e), 'error');
      }
    };
    details.addEventListener('toggle', () => { if (details.open) refresh(); });
    showArchived.addEventListener('change', refresh);
    return { details, kind: section.kind, refresh };
  }

  function line(kind, item) {
    const li = document.createElement('li');
    li.dataset.id = item.id;
    const name = document.createElement('strong');
    name.textContent = kind.name(item);
    const about = document.createElement('span');
    about.className = 'hint';
    about.textContent = (item.archived ? 'archivé — ' : '') + kind.summary(item);
    const actions = document.createElement('span');
    actions.className = 'editor-actions';
    const button = (text, action) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary small';
      b.textContent = text;
      b.setAttribute('aria-label', text + ' ' + kind.noun + ' « ' + kind.name(item) + ' »');
      b.addEventListener('click', action);
      return b;
    };
    if (item.archived) {
      li.classList.add('archived');
      actions.append(button('Restaurer', () => restore(kind, item)));
    } else {
      actions.append(button('Modifier', () => edit(kind, item)), button('Archiver', () => archive(kind, item)));
    }
    li.append(name, ' ', about, ' ', actions);
    return li;
  }

  return {
    /** Lists again the open sections (of one kind, or all). */
    refresh(kind) {
      return Promise.all(sections.filter((s) => (!kind || s.kind === kind) && s.details.open).map((s) => s.refresh()));
    },
  };
}
