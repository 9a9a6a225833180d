// The permanences of a plan, drawn at their places: one marker per place, sized by how many permanences it
// holds in the shown period, with the list in its popup.
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';
import { halfDayLabel, shortDate } from '../format.js';

const L = window.L;

/**
 * @param plan the plan from GET /api/permanence-plans/{id}
 * @param locate placeId -> [lat, lon] (from the places layer)
 */
export function toFeatures(plan, locate) {
  const byPlace = new Map();
  (plan.permanences || []).forEach((p) => {
    const at = locate(p.placeId);
    if (!at) return;
    if (!byPlace.has(p.placeId)) byPlace.set(p.placeId, { at, list: [] });
    byPlace.get(p.placeId).list.push(p);
  });
  return {
    type: 'FeatureCollection',
    features: [...byPlace.entries()].map(([placeId, { at, list }]) => ({
      type: 'Feature', id: placeId,
      geometry: { type: 'Point', coordinates: [at[1], at[0]] },
      properties: { placeName: list[0].placeName, communeName: list[0].communeName, permanences: list },
    })),
  };
}

export function permanencesLayer() {
  return featureLayer({
    name: 'permanences',
    label: 'Permanences planifiées',
    draw(feature) {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties;
      const n = p.permanences.length;
      const marker = L.circleMarker([lat, lon], {
        radius: 8 + Math.min(10, n * 2), color: '#14532d', weight: 3, fillColor: '#22c55e', fillOpacity: 0.55,
      });
      const items = p.permanences.map((x) => '<li>' + escapeHtml(shortDate(x.date)) + ' ' + halfDayLabel(x.halfDay)
        + (x.pinned ? ' (épinglée)' : '') + '</li>').join('');
      marker.bindPopup('<strong>' + escapeHtml(p.placeName) + '</strong> — ' + escapeHtml(p.communeName)
        + '<ul>' + items + '</ul>');
      marker.bindTooltip(n + ' permanence' + (n > 1 ? 's' : '') + ' — ' + escapeHtml(p.placeName));
      return marker;
    },
  });
}
