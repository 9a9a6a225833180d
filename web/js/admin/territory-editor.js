// « Territoires » of the administration page: a territory is a set of imported communes, chosen by clicking their
// outlines on the map (drawn from /api/layers/communes, so it works without tiles), by ticking them in the list
// (the keyboard way), or by pasting INSEE codes. Saving sends the whole set: POST for a new one, PUT otherwise.
import { api, describeError } from '../api.js';
import { el } from '../dom.js';
import { register } from '../map.js';
import { featureLayer } from '../layers/feature-layer.js';
import { OUTLINE } from '../layers/communes.js';
import { statusArea } from '../ui/status.js';

const L = window.L;
const CHOSEN = { color: '#1e3a8a', weight: 3, fillColor: '#1d4ed8', fillOpacity: 0.45 };
const NEW = '';
const MAX_FOCUSED = 30;

export function territoryEditor({ map, elements }) {
  const status = statusArea(elements.status);
  const mapStatus = statusArea(elements.mapStatus);
  const chosen = new Set();
  const communes = new Map(); // insee -> { name, row, checkbox }
  let territories = [];

  const layer = register('communes', featureLayer({
    name: 'communes',
    label: 'Communes',
    draw(feature) {
      const insee = String(feature.id);
      // The class names the outline for the page's tests; Leaflet gives it to the SVG path it creates.
      const shape = L.geoJSON(feature, {
        className: 'commune-outline commune-' + insee,
        style: () => ({ ...OUTLINE, ...(chosen.has(insee) ? CHOSEN : {}) }),
      });
      shape.bindTooltip((feature.properties.nom || insee) + ' (' + insee + ')', { sticky: true });
      shape.on('click', () => toggle(insee));
      return shape;
    },
  }));
  layer.group.addTo(map);

  async function load() {
    const [collection, list] = await Promise.all([api.layer('communes'), api.territories()]);
    territories = list;
    layer.render(collection);
    communes.clear();
    const rows = collection.features
      .map((f) => ({ insee: String(f.id), name: f.properties.nom || String(f.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.insee.localeCompare(b.insee));
    elements.list.replaceChildren(...rows.map(({ insee, name }) => {
      const row = el('div');
      row.className = 'check';
      row.dataset.search = (name + ' ' + insee).toLocaleLowerCase('fr');
      const checkbox = el('input', { type: 'checkbox', id: 'commune-' + insee, value: insee });
      checkbox.addEventListener('change', () => {
        if (checkbox.checked) chosen.add(insee); else chosen.delete(insee);
        refresh();
      });
      const label = el('label', { htmlFor: checkbox.id, textContent: name + ' (' + insee + ')' });
      row.append(checkbox, label);
      communes.set(insee, { name, row, checkbox });
      return row;
    }));
    if (!collection.features.length) {
      mapStatus.info('Aucune commune importée : importez d’abord les communes du département (page « Premiers pas »).');
    }
    fillSelect();
    choose(elements.select.value);
  }

  function fillSelect(selectedId) {
    const current = selectedId !== undefined ? String(selectedId) : elements.select.value;
    elements.select.replaceChildren(new Option('Nouveau territoire', NEW),
      ...territories.map((t) => new Option(t.name + ' (' + t.communes.length + ' communes)', t.id)));
    elements.select.value = territories.some((t) => String(t.id) === current) ? current : NEW;
  }

  function choose(id) {
    const territory = territories.find((t) => String(t.id) === String(id));
    chosen.clear();
    (territory ? territory.communes : []).forEach((c) => chosen.add(c.insee));
    elements.name.value = territory ? territory.name : '';
    refresh();
    fitMap(territory);
  }

  function fitMap(territory) {
    const around = territory ? territory.communes : territories.flatMap((t) => t.communes);
    const shapes = around.map((c) => layer.get(c.insee)).filter(Boolean);
    const bounds = shapes.length ? L.featureGroup(shapes).getBounds() : layer.bounds();
    if (bounds && bounds.isValid()) map.fitBounds(bounds.pad(0.1), { animate: false });
  }

  function toggle(insee) {
    if (chosen.has(insee)) chosen.delete(insee); else chosen.add(insee);
    refresh();
  }

  function refresh() {
    communes.forEach(({ checkbox }, insee) => { checkbox.checked = chosen.has(insee); });
    layer.byId.forEach((shape, insee) => shape.setStyle({ ...OUTLINE, ...(chosen.has(insee) ? CHOSEN : {}) }));
    const names = [...chosen].map((insee) => (communes.get(insee) || { name: insee }).name).sort((a, b) => a.localeCompare(b, 'fr'));
    elements.count.textContent = names.length === 0 ? 'Aucune commune choisie.'
      : names.length + (names.length === 1 ? ' commune choisie : ' : ' communes choisies : ')
        + names.slice(0, 12).join(', ') + (names.length > 12 ? '…' : '') + '.';
    elements.count.dataset.count = names.length;
  }

  function addPastedCodes() {
    const codes = elements.codes.value.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    const unknown = codes.filter((c) => !communes.has(c));
    codes.filter((c) => communes.has(c)).forEach((c) => chosen.add(c));
    refresh();
    if (unknown.length) {
      status.error('Codes INSEE inconnus : ' + unknown.join(', ') + ' (importez d’abord les communes de leur département). '
        + 'Les autres codes sont ajoutés.');
      elements.codes.value = unknown.join(' ');
    } else {
      status.ok(codes.length + ' code(s) ajouté(s).');
      elements.codes.value = '';
    }
  }

  async function save() {
    const id = elements.select.value;
    elements.save.disabled = true;
    try {
      const saved = id === NEW ? await api.admin.createTerritory(elements.name.value, [...chosen])
        : await api.admin.updateTerritory(id, elements.name.value, [...chosen]);
      territories = await api.territories();
      fillSelect(saved.id);
      choose(saved.id);
      status.ok('Territoire « ' + saved.name + ' » enregistré (' + saved.communes.length + ' communes).');
    } catch (e) {
      status.error(describeError('Enregistrer le territoire', e));
    } finally {
      elements.save.disabled = false;
    }
  }

  elements.select.addEventListener('change', () => { status.clear(); choose(elements.select.value); });
  elements.codes.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); addPastedCodes(); }
  });
  elements.addCodes.addEventListener('click', addPastedCodes);
  // Searching also brings the matching communes into view: a whole department is too small to click at first.
  elements.filter.addEventListener('input', () => {
    const wanted = elements.filter.value.trim().toLocaleLowerCase('fr');
    const matching = [];
    communes.forEach(({ row }, insee) => {
      row.hidden = Boolean(wanted) && !row.dataset.search.includes(wanted);
      if (wanted && !row.hidden && layer.get(insee)) matching.push(layer.get(insee));
    });
    if (matching.length > 0 && matching.length <= MAX_FOCUSED) {
      map.fitBounds(L.featureGroup(matching).getBounds().pad(0.3), { maxZoom: 13, animate: false });
    }
  });
  elements.save.addEventListener('click', save);

  return { load, chosen: () => [...chosen] };
}
