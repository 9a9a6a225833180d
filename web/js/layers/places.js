// Places where a permanence can be held (squares, markets, social centres...).
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';
import { fullDate, halfDaysInWords, NBSP } from '../format.js';

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
        + (p.camion ? '<br>Accessible au camion' : '') + '<br>Ouverture' + NBSP + ': ' + escapeHtml(halfDaysInWords(p.ouverture))
        + temporary(p));
      marker.bindTooltip(escapeHtml(p.nom));
      return marker;
    },
  });
}

/** "Lieu temporaire : du 1er au 24 décembre" wording for a place with dates (ISO in the layer). */
function temporary(p) {
  if (!p.du && !p.au) return '';
  const day = fullDate;
  return '<br>Lieu temporaire' + NBSP + ': ' + (p.du ? 'à partir du ' + escapeHtml(day(p.du)) : '')
    + (p.du && p.au ? ' ' : '') + (p.au ? 'jusqu’au ' + escapeHtml(day(p.au)) : '');
}
