// 115 emergency hotels. Never shown to funders: the funder page does not import this module.
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';
import { NBSP } from '../format.js';

const L = window.L;
export const HOTEL_STYLE = { radius: 6, color: '#581c87', weight: 2, fillColor: '#a855f7', fillOpacity: 0.9 };

export function hotelsLayer() {
  return featureLayer({
    name: 'hotels',
    label: 'Hôtels 115',
    draw(feature) {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties || {};
      const marker = L.circleMarker([lat, lon], HOTEL_STYLE);
      marker.bindPopup('<strong>' + escapeHtml(p.nom) + '</strong><br>Capacité' + NBSP + ': ' + escapeHtml(p.capacite)
        + NBSP + 'ménages<br>Visites' + NBSP + ': ' + escapeHtml(p.horaires) + '<br>Tous les ' + escapeHtml(p.frequence_jours)
        + NBSP + 'jours');
      marker.bindTooltip(escapeHtml(p.nom));
      return marker;
    },
  });
}
