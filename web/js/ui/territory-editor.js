// « Éditer le territoire » on the planning map, for coordinators: click the map to add a place (or a 115 hotel),
// drag a marker to move it and confirm, edit or archive from its popup; places, hotels, people and vans also have
// lists with forms, so nothing needs a mouse. Works without tiles: the commune outlines are enough to aim.
import { api, describeError } from '../api.js';
import { statusArea } from './status.js';
import { openItemForm, closeItemForm } from './item-form.js';
import { territoryLists } from './territory-lists.js';
import { PLACES, HOTELS, saveItem, removalText, capital } from './territory-items.js';

const L = window.L;
const EDITORS = ['COORDINATOR', 'ADMIN'];

/**
 * Adds the editor after `anchor` (in the territory panel) when the signed-in user may edit, and resolves with its
 * handle (null otherwise).
 *
 * @param layers   the page's layer modules: places and hotels are hidden while editing, their editable copies shown
 * @param onChange (kind) after any change, so that the page redraws its layers
 */
export async function setUpTerritoryEditor({ map, layers, anchor, onChange = () => {} }) {
  let me;
  try {
    me = await api.get('/api/me');
  } catch (e) {
    return null;
  }
  if (!EDITORS.includes(me.role)) return null;
  addStylesheet('/css/territory-editor.css');

  const section = element('section', { className: 'territory-editor', id: 'editeur' });
  section.setAttribute('aria-labelledby', 'titre-editeur');
  const heading = element('h3', { id: 'titre-editeur', textContent: 'Édition du territoire' });
  const toggle = element('button', { type: 'button', id: 'editeur-mode', className: 'secondary',
    textContent: 'Éditer le territoire' });
  toggle.setAttribute('aria-pressed', 'false');
  const help = element('p', { className: 'hint', id: 'editeur-aide', hidden: true,
    textContent: 'Cliquez sur la carte pour ajouter un lieu à cet endroit. Faites glisser un lieu ou un hôtel pour '
      + 'le déplacer, puis confirmez. Cliquez sur un marqueur pour le modifier ou l’archiver.' });
  const statusBox = element('div', { className: 'status', id: 'editeur-statut', hidden: true });
  const status = statusArea(statusBox);
  const undoBox = element('p', { id: 'editeur-annuler', hidden: true });
  const moveBox = element('div', { className: 'editor-move', id: 'editeur-deplacement', hidden: true });
  moveBox.setAttribute('role', 'group');
  moveBox.setAttribute('aria-label', 'Confirmer le déplacement');
  const lists = element('div', { className: 'editor-lists', id: 'editeur-listes', hidden: true });
  section.append(heading, toggle, help, moveBox, statusBox, undoBox, lists);
  anchor.after(section);

  const group = L.layerGroup();
  let editing = false;
  let hidden = [];
  let pending = null;
  const registry = territoryLists(lists, { edit: openForm, archive, restore, report });

  toggle.addEventListener('click', () => (editing ? leave() : enter()));

  async function enter() {
    editing = true;
    toggle.setAttribute('aria-pressed', 'true');
    toggle.textContent = 'Quitter l’édition';
    help.hidden = false;
    lists.hidden = false;
    hidden = [layers.places, layers.hotels].filter((layer) => map.hasLayer(layer.group));
    hidden.forEach((layer) => layer.group.remove());
    group.addTo(map);
    map.getContainer().classList.add('editing');
    map.on('click', onMapClick);
    await redraw();
  }

  function leave() {
    editing = false;
    cancelMove();
    closeItemForm();
    toggle.setAttribute('aria-pressed', 'false');
    toggle.textContent = 'Éditer le territoire';
    help.hidden = true;
    lists.hidden = true;
    group.remove();
    hidden.forEach((layer) => layer.group.addTo(map));
    map.getContainer().classList.remove('editing');
    map.off('click', onMapClick);
  }

  /** The editable markers: the places and hotels in use, as the API gives them (with their versions). */
  async function redraw() {
    try {
      const [places, hotels] = await Promise.all([api.get(PLACES.path), api.get(HOTELS.path)]);
      group.clearLayers();
      places.forEach((item) => draw(PLACES, item));
      hotels.forEach((item) => draw(HOTELS, item));
    } catch (e) {
      report(describeError('Chargement des lieux et hôtels à éditer', e), 'error');
    }
  }

  function draw(kind, item) {
    const what = kind === PLACES ? 'Lieu' : 'Hôtel 115';
    const marker = L.marker([item.lat, item.lon], {
      draggable: true, keyboard: true, autoPan: true, title: what + ' : ' + kind.name(item),
      icon: L.divIcon({ className: 'editor-marker ' + (kind === PLACES ? 'editor-place' : 'editor-hotel'),
        iconSize: [20, 20] }),
    });
    marker.item = item;
    marker.on('dragstart', () => cancelMove());
    marker.on('dragend', () => askMove(kind, marker));
    marker.bindPopup(() => popup(kind, marker));
    marker.addTo(group);
  }

  function popup(kind, marker) {
    const item = marker.item;
    const box = element('div', { className: 'editor-popup' });
    box.append(element('strong', { textContent: kind.name(item) }), element('br'),
      element('span', { textContent: kind.summary(item) }));
    const actions = element('p', { className: 'editor-actions' });
    const edit = element('button', { type: 'button', className: 'small', textContent: 'Modifier' });
    edit.addEventListener('click', () => { marker.closePopup(); openForm(kind, marker.item); });
    const archiveButton = element('button', { type: 'button', className: 'secondary small', textContent: 'Archiver' });
    archiveButton.addEventListener('click', () => { marker.closePopup(); archive(kind, marker.item); });
    actions.append(edit, ' ', archiveButton);
    box.append(actions);
    return box;
  }

  function onMapClick(event) {
    if (pending) return; // a move waits for its answer first
    const at = { lon: round(event.latlng.lng), lat: round(event.latlng.lat) };
    openForm(PLACES, null, at);
  }

  function askMove(kind, marker) {
    const at = marker.getLatLng();
    pending = { kind, marker, item: marker.item };
    moveBox.replaceChildren(element('p', { textContent: 'Déplacer ' + (kind === PLACES ? 'le lieu' : 'l’hôtel')
      + ' « ' + kind.name(marker.item) + ' » à ce nouvel emplacement ?' }));
    const confirm = element('button', { type: 'button', id: 'editeur-deplacement-ok', textContent: 'Confirmer le déplacement' });
    const cancel = element('button', { type: 'button', className: 'secondary', textContent: 'Annuler' });
    confirm.addEventListener('click', () => move(at));
    cancel.addEventListener('click', () => { cancelMove(); status.info('Déplacement annulé.'); });
    moveBox.append(confirm, ' ', cancel);
    moveBox.hidden = false;
    confirm.focus();
  }

  async function move(at) {
    const { kind, marker, item } = pending;
    moveBox.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const saved = await saveItem(kind, { ...item, lon: round(at.lng), lat: round(at.lat) }, item);
      pending = null;
      moveBox.hidden = true;
      marker.item = saved;
      report(capital(kind.noun) + ' « ' + kind.name(saved) + ' » déplacé.', 'ok');
      changed(kind);
    } catch (e) {
      cancelMove();
      report(describeError('Déplacement refusé, rien n’a été enregistré', e), 'error');
      if (e.status === 409) redraw();
    }
  }

  function cancelMove() {
    if (!pending) return;
    const { marker, item } = pending;
    marker.setLatLng([item.lat, item.lon]);
    pending = null;
    moveBox.hidden = true;
  }

  async function openForm(kind, item, at) {
    let fields;
    try {
      fields = await kind.fields(item);
    } catch (e) {
      report(describeError('Ouverture du formulaire', e), 'error');
      return;
    }
    const centre = map.getCenter();
    const values = item || { ...kind.defaults, ...(at || { lon: round(centre.lng), lat: round(centre.lat) }) };
    const extra = [];
    if (!item && kind === PLACES && at) {
      extra.push({ label: 'C’est un hôtel 115', action: (read, close) => { close(null); openForm(HOTELS, null, at); } });
    }
    if (item) {
      extra.push({ label: 'Supprimer', action: (read, close) => { close(null); remove(kind, read); } });
    }
    const saved = await openItemForm({ title: kind.title(values), fields, values,
      save: (formValues, read) => saveItem(kind, formValues, read), extra });
    if (saved) {
      report(capital(kind.noun) + ' « ' + kind.name(saved) + ' » ' + (item ? 'modifié.' : 'ajouté.'), 'ok');
      changed(kind);
    }
  }

  async function archive(kind, item) {
    try {
      const archived = await api.put(kind.path + '/' + item.id + '/archive');
      report(removalText(kind, archived, { usedBy: [] }), 'ok', () => restore(kind, archived));
      changed(kind);
    } catch (e) {
      report(describeError('Archivage de « ' + kind.name(item) + ' »', e), 'error');
    }
  }

  async function restore(kind, item) {
    try {
      const restored = await api.del(kind.path + '/' + item.id + '/archive');
      report(capital(kind.noun) + ' « ' + kind.name(restored) + ' » restauré.', 'ok');
      changed(kind);
    } catch (e) {
      report(describeError('Restauration de « ' + kind.name(item) + ' »', e), 'error');
    }
  }

  async function remove(kind, item) {
    try {
      const removal = await api.del(kind.path + '/' + item.id);
      report(removalText(kind, item, removal), 'ok', removal ? () => restore(kind, item) : null);
      changed(kind);
    } catch (e) {
      report(describeError('Suppression de « ' + kind.name(item) + ' »', e), 'error');
    }
  }

  /** One message at a time; an archive can be undone from the message. */
  function report(text, tone, undo) {
    if (tone === 'error') status.error(text); else status.ok(text);
    undoBox.replaceChildren();
    undoBox.hidden = !undo;
    if (undo) {
      const button = element('button', { type: 'button', className: 'secondary small', textContent: 'Annuler l’archivage' });
      button.addEventListener('click', () => { undoBox.hidden = true; undo(); });
      undoBox.append(button);
    }
  }

  function changed(kind) {
    if (editing) redraw();
    registry.refresh();
    onChange(kind);
  }

  return {
    get editing() { return editing; },
    /** The page changed territory: leave the edit mode, whose markers belong to the old view. */
    reset() { if (editing) leave(); },
  };
}

const round = (value) => Math.round(value * 1e6) / 1e6;

function element(tag, properties = {}) {
  return Object.assign(document.createElement(tag), properties);
}

function addStylesheet(href) {
  if (document.querySelector('link[href="' + href + '"]')) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}
