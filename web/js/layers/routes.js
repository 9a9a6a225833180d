// Maraude rounds and field-day routes: one coloured line per team and numbered stops.
import { featureLayer } from './feature-layer.js';
import { escapeHtml } from '../dom.js';

const L = window.L;
export const TEAM_COLOURS = ['#0f766e', '#b45309', '#1d4ed8', '#be185d', '#4d7c0f', '#6d28d9'];

/**
 * Features: LineString (a team's route, properties.team index and name) and Point (a stop, properties.order,
 * name, arrival, departure, team).
 */
export function routesLayer() {
  return featureLayer({
    name: 'routes',
    label: 'Tournées',
    draw(feature) {
      const p = feature.properties || {};
      const colour = TEAM_COLOURS[(p.team || 0) % TEAM_COLOURS.length];
      if (feature.geometry.type === 'LineString' || feature.geometry.type === 'MultiLineString') {
        return L.geoJSON(feature, { style: { color: colour, weight: 4, opacity: 0.85 } })
          .bindTooltip('Trajet — ' + escapeHtml(p.name));
      }
      const [lon, lat] = feature.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], { radius: 9, color: colour, weight: 3, fillColor: '#ffffff', fillOpacity: 1 });
      marker.bindTooltip(String(p.order), { permanent: true, direction: 'center', className: 'stop-number' });
      marker.bindPopup('<strong>' + p.order + '. ' + escapeHtml(p.name) + '</strong>'
        + (p.arrival ? '<br>Arrivée ' + escapeHtml(p.arrival) : '') + (p.departure ? ' — départ ' + escapeHtml(p.departure) : ''));
      return marker;
    },
  });
}
