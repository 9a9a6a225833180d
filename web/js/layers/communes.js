// Commune outlines: the base layer when there are no tiles, and the unit of targets (coverage shading).
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';

const L = window.L;
export const OUTLINE = { color: '#1e293b', weight: 2, fillColor: '#e2e8f0', fillOpacity: 0.12 };

export function communesLayer() {
  return featureLayer({
    name: 'communes',
    label: 'Communes',
    draw(feature, { style, describe } = {}) {
      const p = feature.properties || {};
      const layer = L.geoJSON(feature, { style: () => ({ ...OUTLINE, ...(style ? style(feature) : {}) }) });
      const text = describe ? describe(feature) : escapeHtml(p.nom) + ' (' + escapeHtml(p.code) + ')';
      layer.bindTooltip(text, { sticky: true });
      return layer;
    },
  });
}
