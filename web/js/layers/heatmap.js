// Encounter heatmap: grid cells shaded by their (time-decayed) weight. Each cell has {count, people, weight}; the
// server leaves out the cells it must not show (too few encounters for the audience), so every cell is drawn.
import { featureLayer } from './feature-layer.js';

const L = window.L;
export const HEAT_COLOURS = ['#fee2e2', '#fca5a5', '#ef4444', '#b91c1c', '#7f1d1d'];

// Square-root scale: a few busy cells would otherwise leave every other cell in the palest class.
export function colourFor(weight, max) {
  if (!max || !weight) return HEAT_COLOURS[0];
  const i = Math.min(HEAT_COLOURS.length - 1, Math.floor(Math.sqrt(weight / max) * HEAT_COLOURS.length));
  return HEAT_COLOURS[i];
}

export function heatmapLayer() {
  return featureLayer({
    name: 'heatmap',
    label: 'Rencontres (carte de chaleur)',
    draw(feature, { max } = {}) {
      const p = feature.properties;
      const layer = L.geoJSON(feature, {
        pane: 'surfaces',
        style: { stroke: false, fillColor: colourFor(p.weight, max), fillOpacity: 0.75 },
      });
      layer.bindTooltip(p.count + ' rencontre' + (p.count > 1 ? 's' : '') + ' (poids ' + Number(p.weight).toFixed(1) + ')');
      return layer;
    },
  });
}

/** The largest weight of a collection, to scale the colours. */
export function maxWeight(collection) {
  return (collection.features || []).reduce((m, f) => Math.max(m, Number(f.properties.weight) || 0), 0);
}
