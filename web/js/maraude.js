// Maraude plans: reading the API answer into teams with ordered stops and a route, for the planning page and
// the field view. The answer is read tolerantly (teams or rounds; times as "HH:MM", ISO or seconds).
import { clock } from './format.js';

export function teamsOf(plan) {
  const teams = plan.teams || plan.rounds || [];
  return teams.map((t, index) => {
    const id = t.team !== undefined ? t.team : (t.teamId !== undefined ? t.teamId : index + 1);
    const stops = (t.stops || []).map((s, i) => {
      const at = pointOf(s);
      return {
        order: s.order || i + 1,
        name: s.name || s.label || s.hotelName || s.visitId || 'Étape ' + (i + 1),
        kind: s.kind, address: s.address,
        arrival: clock(s.arrival !== undefined ? s.arrival : s.arrivalTime),
        departure: clock(s.departure !== undefined ? s.departure : s.departureTime),
        lat: at && at[1], lon: at && at[0],
      };
    });
    return { index, id, name: t.teamName || t.name || t.label || 'Équipe ' + (index + 1), stops, date: t.date,
      mode: t.mode, distanceMetres: t.distanceMetres, backAtBase: clock(t.backAtBase),
      route: geometryOf(t.route || t.routeGeometry), gpxUrl: t.gpxUrl || t.gpx };
  });
}

function pointOf(stop) {
  if (stop.location && stop.location.coordinates) return stop.location.coordinates;
  if (stop.geometry && stop.geometry.coordinates) return stop.geometry.coordinates;
  if (stop.lon !== undefined && stop.lat !== undefined) return [stop.lon, stop.lat];
  return null;
}

function geometryOf(route) {
  if (!route) return null;
  return route.type === 'Feature' ? route.geometry : route;
}

/** The GeoJSON the routes layer draws: each team's line (or straight legs between stops) and its stops. */
export function routeFeatures(teams) {
  const features = [];
  teams.forEach((t) => {
    const stops = t.stops.filter((s) => s.lat !== undefined && s.lat !== null);
    const line = t.route || (stops.length > 1 ? { type: 'LineString', coordinates: stops.map((s) => [s.lon, s.lat]) } : null);
    if (line) features.push({ type: 'Feature', id: 'route-' + t.id, geometry: line, properties: { team: t.index, name: t.name } });
    stops.forEach((s) => features.push({ type: 'Feature', id: 'stop-' + t.id + '-' + s.order,
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { team: t.index, order: s.order, name: s.name, arrival: s.arrival, departure: s.departure } }));
  });
  return { type: 'FeatureCollection', features };
}
