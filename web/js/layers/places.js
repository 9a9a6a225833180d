// Places where a permanence can be held (squares, markets, social centres...).
import { featureLayer, escapeHtml } from './feature-layer.js';

const L = window.L;
export const PLACE_STYLE = { radius: 7, color: '#1e3a8a', weight: 2, fillColor: '#3b82f6', fillOpacity: 0.9 };

export function placesLayer() {
  return featureLayer({
    name: 'places',
    label: 'Lieux de permanence',
    draw(feature) {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties || {};
      const marker = L.circleMarker([lat, lon], PLACE_STYLE);
      marker.bindPopup('<strong>' + escapeHtml(p.nom) + '</strong><br>' + escapeHtml(p.type_libelle)
        + (p.camion ? '<br>Accessible au camion' : '') + '<br>Ouverture : ' + escapeHtml(p.ouverture));
      marker.bindTooltip(escapeHtml(p.nom));
      return marker;
    },
  });
}
