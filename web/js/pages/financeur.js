// Funder view: coverage only. Communes and QPV shaded by permanences held against targets (planned ones beside),
// the aggregated heatmap, indicators of the chosen month, the contacts over twelve months in published blocks of at
// least k, CSV exports and the printable monthly report. No hotel and no encounter point: this page loads neither
// layer module.
import { api, describeError } from '../api.js';
import { createMap, register } from '../map.js';
import { NBSP, monthLabel, currentMonth } from '../format.js';
import { fillTerritorySelect, loadCommunes } from '../territory.js';
import { communesLayer } from '../layers/communes.js';
import { qpvLayer } from '../layers/qpv.js';
import { heatmapLayer, maxWeight } from '../layers/heatmap.js';
import { layerSwitcher } from '../ui/layer-switcher.js';
import { statusArea } from '../ui/status.js';
import { funnelLegend, renderFunnelIndicators, renderFunnelTable } from '../ui/funnel-table.js';
import { QPV_COLOURS, QPV_TEXT, heldRatio, qpvState, renderCommuneTable, renderCoverageIndicators,
  renderScale, scaleOf } from '../ui/coverage-figures.js';
import { $, escapeHtml } from '../dom.js';
import { startPage } from '../page.js';

startPage(async () => {
  const status = statusArea($('couverture-statut'));
  const map = await createMap('carte', { label: 'Carte de couverture du territoire' });
  const layers = {
    communes: register('communes', communesLayer()),
    qpv: register('qpv', qpvLayer()),
    heatmap: register('heatmap', heatmapLayer()),
  };
  // The heatmap is offered but off at first: over the shaded communes it would blur the coverage colours.
  const switcher = layerSwitcher($('couches'), map, Object.values(layers)
    .map((layer) => ({ layer, checked: layer !== layers.heatmap })));
  renderScale($('echelle'));
  $('mois').value = currentMonth();

  const territories = await fillTerritorySelect($('territoire'));
  const wanted = new URLSearchParams(location.search).get('mois');
  if (wanted && /^\d{4}-\d{2}$/.test(wanted)) $('mois').value = wanted;
  // The published threshold, from the funnel's answer (the heatmap and the funnel share it).
  let k = 5;
  const territory = () => territories.find((t) => String(t.id) === $('territoire').value);

  async function load() {
    status.clear();
    const month = $('mois').value;
    let coverage = null;
    try {
      coverage = await api.coverage.get(territory().id, month);
    } catch (e) {
      status.info(describeError('Couverture de ' + monthLabel(month), e));
    }
    const byInsee = new Map(((coverage && coverage.communes) || []).map((c) => [c.insee, c]));
    const byQpv = new Map(((coverage && coverage.qpv) || []).map((q) => [q.code, q]));
    const { bounds, bbox } = await loadCommunes(layers.communes, territory(), {
      style: (f) => {
        const c = byInsee.get(String(f.id));
        return c ? { fillColor: scaleOf(heldRatio(c)).colour, fillOpacity: 0.7 } : {};
      },
      describe: (f) => communeText(f.properties.nom, byInsee.get(String(f.id))),
    });
    switcher.setCount('communes', layers.communes.count());
    map.fitBounds(bounds);
    try {
      layers.qpv.render(await api.layer('qpv', bbox), {
        style: (f) => {
          const state = qpvState(byQpv.get(String(f.id)));
          return state ? { fillColor: QPV_COLOURS[state], fillOpacity: 0.55 } : {};
        },
        describe: (f) => {
          const state = qpvState(byQpv.get(String(f.id)));
          return 'QPV ' + escapeHtml(f.properties.lib_qp) + (state ? ' : ' + QPV_TEXT[state] : '');
        },
      });
      switcher.setCount('qpv', layers.qpv.count());
    } catch (e) {
      status.error(describeError('Couche des QPV', e));
    }
    try {
      // A funder's heatmap takes whole months and the fixed cells (500, 1000, 2000, 4000 m); the server refuses
      // anything finer, so that answers cannot be subtracted from one another (docs/data-protection.md).
      const cells = await api.heatmap({ bbox, cell: 1000, from: month, to: month });
      layers.heatmap.render(cells, { max: maxWeight(cells) });
      switcher.setCount('heatmap', layers.heatmap.count(),
        'aucune case d’au moins ' + k + ' rencontres sur la période');
    } catch (e) {
      layers.heatmap.clear();
    }
    renderCoverageIndicators($('indicateurs'), coverage, territory());
    renderCommuneTable($('tableau-communes'), coverage, territory());
    $('export-couverture').href = api.coverage.csvUrl(territory().id, month);
    $('rapport').href = '/rapport.html?territoryId=' + encodeURIComponent(territory().id) + '&month='
      + encodeURIComponent(month);
    await loadFunnel(month);
  }

  const funnelStatus = statusArea($('parcours-statut'));
  async function loadFunnel(month) {
    funnelStatus.clear();
    $('export-parcours').href = api.coverage.funnelCsvUrl(territory().id, month);
    try {
      const funnel = await api.coverage.funnel(territory().id, month);
      k = funnel.k;
      renderFunnelTable($('parcours-suites'), funnel.byOutcome, { caption: 'Contacts selon la suite donnée', k });
      renderFunnelTable($('parcours-publics'), funnel.byCategory, { caption: 'Contacts selon le public', k });
      $('parcours-k').textContent = String(funnel.k);
      $('parcours-legende').replaceChildren(funnelLegend(funnel.k));
      renderFunnelIndicators($('parcours-indicateurs'), funnel);
    } catch (e) {
      $('parcours-suites').replaceChildren();
      $('parcours-publics').replaceChildren();
      $('parcours-indicateurs').replaceChildren();
      $('parcours-legende').replaceChildren();
      funnelStatus.error(describeError('Personnes rencontrées', e));
    }
  }

  $('territoire').addEventListener('change', load);
  $('mois').addEventListener('change', load);
  if (territories.length) await load();
  else status.info('Aucun territoire n’est encore défini.');
});

/** The tooltip of a commune on the map: its target and where it stands. */
function communeText(name, c) {
  if (!c) return escapeHtml(name);
  return escapeHtml(name) + NBSP + ': ' + escapeHtml(c.description);
}
