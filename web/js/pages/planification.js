// Planning view (coordination): territory layers, imports, the territory editor, permanence plan and maraude
// rounds, absences of staff and vans, monthly targets per commune.
import { api, describeError } from '../api.js';
import { createMap, register } from '../map.js';
import { addDays, isoDate, nextMonday } from '../format.js';
import { fillTerritorySelect, loadCommunes } from '../territory.js';
import { communesLayer } from '../layers/communes.js';
import { qpvLayer } from '../layers/qpv.js';
import { placesLayer } from '../layers/places.js';
import { hotelsLayer } from '../layers/hotels.js';
import { heatmapLayer, maxWeight } from '../layers/heatmap.js';
import { permanencesLayer } from '../layers/permanences.js';
import { routesLayer } from '../layers/routes.js';
import { layerSwitcher } from '../ui/layer-switcher.js';
import { statusArea } from '../ui/status.js';
import { setUpImportForm } from '../ui/imports.js';
import { setUpAbsences } from '../ui/absences.js';
import { setUpDaysOff } from '../ui/days-off.js';
import { setUpPublicSchedule } from '../ui/public-schedule.js';
import { communeTargets } from '../ui/commune-targets.js';
import { planPanel } from '../ui/plan-panel.js';
import { planChoice } from '../ui/plan-choice.js';
import { maraudePanel } from '../ui/maraude-panel.js';
import { $ } from '../dom.js';
import { startPage } from '../page.js';
import { setUpTerritoryEditor } from '../ui/territory-editor.js';

startPage(async (session) => {
  const mapStatus = statusArea($('carte-statut'));
  const heatStatus = statusArea($('chaleur-statut'));
  const map = await createMap('carte', { label: 'Carte de planification du territoire' });
  const layers = {
    communes: register('communes', communesLayer()),
    qpv: register('qpv', qpvLayer()),
    heatmap: register('heatmap', heatmapLayer()),
    places: register('places', placesLayer()),
    hotels: register('hotels', hotelsLayer()),
    permanences: register('permanences', permanencesLayer()),
    routes: register('routes', routesLayer()),
  };
  const switcher = layerSwitcher($('couches'), map, Object.values(layers).map((layer) => ({ layer })));

  let territories = [];
  let bbox = null;
  const territory = () => territories.find((t) => String(t.id) === $('territoire').value);

  const places = {
    locate(id) {
      const marker = layers.places.get(id);
      if (!marker) return null;
      const at = marker.getLatLng();
      return [at.lat, at.lng];
    },
    /** Each place with its commune's name (the move dialog shows names, never INSEE codes). */
    list() {
      const names = new Map(((territory() || {}).communes || []).map((c) => [c.insee, c.name]));
      return [...layers.places.byId.entries()].map(([id, m]) => ({ id, name: m.feature.properties.nom,
        commune: m.feature.properties.insee,
        communeName: names.get(m.feature.properties.insee) || m.feature.properties.commune || m.feature.properties.insee }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
  };

  async function loadLayer(kind) {
    try {
      layers[kind].render(await api.layer(kind, bbox));
      switcher.setCount(kind, layers[kind].count());
    } catch (e) {
      mapStatus.error(describeError('Couche « ' + layers[kind].label + ' »', e));
    }
  }

  async function loadHeatmap() {
    try {
      const cells = await api.heatmap({ bbox, cell: 250, from: $('chaleur-debut').value, to: $('chaleur-fin').value, halfLifeDays: 30, suppressed: false });
      layers.heatmap.render(cells, { max: maxWeight(cells) });
      switcher.setCount('heatmap', layers.heatmap.count());
      heatStatus.clear();
    } catch (e) {
      layers.heatmap.clear();
      heatStatus.info(describeError('Carte de chaleur', e));
    }
  }

  const targets = communeTargets($('objectifs'));
  setUpAbsences($('absences'));
  const daysOff = setUpDaysOff($('jours-sans-permanence'));
  const publicSchedule = setUpPublicSchedule($('horaires-publics'));

  const fillMaraudeBases = () => $('maraude-base').replaceChildren(...places.list().map((p) => new Option(p.name, p.id)));
  let editor = null;

  async function loadTerritory() {
    if (editor) editor.reset();
    targets.show(territory());
    publicSchedule.show(territory());
    choice.refresh(plans.state.id);
    const { bounds, bbox: territoryBbox } = await loadCommunes(layers.communes, territory());
    bbox = territoryBbox;
    switcher.setCount('communes', layers.communes.count());
    map.fitBounds(bounds);
    await Promise.all(['qpv', 'places', 'hotels'].map(loadLayer));
    fillMaraudeBases();
    await loadHeatmap();
  }

  // The list of existing plans follows what the panel does: a launch, a publication or a withdrawal re-lists.
  let choice = null;
  const plans = planPanel({ map, layers, territory, places, onChange: (id) => choice && choice.refresh(id) });
  let maraudes = null;
  choice = planChoice($('plan-existants'), { territory, onChoose: (id) => plans.open(id),
    onChooseMaraude: (id) => maraudes.open(id), status: statusArea($('plan-statut')) });
  maraudes = maraudePanel({ map, layers, territory, onChange: (value) => choice.refresh(value) });

  try {
    territories = await fillTerritorySelect($('territoire'));
    if (!territories.length) {
      mapStatus.info('Aucun territoire : importez les communes, puis créez le territoire.');
    } else {
      await loadTerritory();
    }
  } catch (e) {
    mapStatus.error(describeError('Chargement du territoire', e));
  }
  $('territoire').addEventListener('change', loadTerritory);

  // Coordinators edit places, hotels, people and vans here; each change redraws the layers it touches.
  editor = await setUpTerritoryEditor({ map, layers, anchor: $('couches'),
    onChange: () => Promise.all(['places', 'hotels'].map(loadLayer)).then(fillMaraudeBases) });

  const today = isoDate(new Date());
  $('chaleur-debut').value = addDays(today, -30);
  $('chaleur-fin').value = today;
  $('chaleur-afficher').addEventListener('click', loadHeatmap);

  setUpImportForm($('import'), (kind) => {
    if (kind === 'communes') loadTerritory();
    else if (kind === 'school-holidays') daysOff.refresh();
    else if (layers[kind]) loadLayer(kind);
  });
  session.then((me) => {
    // Communes and QPV are shared by every consortium of the platform: only its operator imports them.
    if (me && !me.platformOperator) {
      for (const option of [...$('import-type').options]) {
        if (option.value === 'communes' || option.value === 'qpv') option.remove();
      }
    }
  });

  $('plan-debut').value = nextMonday();
  $('plan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    plans.launch($('plan-debut').value, Number($('plan-semaines').value), Number($('plan-duree').value));
  });

  $('maraude-date').value = addDays(today, 1);
  $('maraude-form').addEventListener('submit', (event) => {
    event.preventDefault();
    maraudes.launch({
      date: $('maraude-date').value, teams: Number($('maraude-equipes').value), mode: $('maraude-mode').value,
      basePlaceId: Number($('maraude-base').value), shiftStart: $('maraude-debut').value,
      shiftEnd: $('maraude-fin').value, secondsLimit: Number($('maraude-duree').value),
    });
  });

  // Reopen the plans named in the address, or the last ones opened from this browser: a reload loses neither the
  // permanence plan nor the maraude plan on screen.
  const address = new URLSearchParams(location.search);
  const asked = address.get('plan');
  const last = JSON.parse(localStorage.getItem('allerVers.plan') || 'null');
  if (asked) plans.open(asked);
  else if (last) plans.open(last.id);
  const maraude = address.get('maraude') || localStorage.getItem('allerVers.maraude');
  if (maraude) maraudes.open(maraude);
});
