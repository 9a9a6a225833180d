// Priority neighbourhoods (QPV 2024).
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';

const L = window.L;
export const QPV_STYLE = { color: '#9a3412', weight: 2, dashArray: '4 3', fillColor: '#fb923c', fillOpacity: 0.3 };

export function qpvLayer() {
  return featureLayer({
    name: 'qpv',
    label: 'Quartiers prioritaires (QPV)',
    draw(feature, { style, describe } = {}) {
      const p = feature.properties || {};
      const layer = L.geoJSON(feature, { style: () => ({ ...QPV_STYLE, ...(style ? style(feature) : {}) }) });
      const text = describe ? describe(feature) : 'QPV ' + escapeHtml(p.lib_qp) + ' (' + escapeHtml(p.code_qp) + ')';
      layer.bindTooltip(text, { sticky: true });
      return layer;
    },
  });
}
