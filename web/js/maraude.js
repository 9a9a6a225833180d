// Maraude plans, read for drawing: the rounds of a MaraudePlan (api-shapes.js) as teams with ordered stops, clock
// times and a colour, and as the GeoJSON of the routes layer. Shared by the planning page and « Ma journée ».
import { clock } from './format.js';

/**
 * A round ready to draw.
 * @typedef {Object} TeamRound
 * @property {number} index the team's colour: its rank among the plan's teams, the same on every day
 * @property {string} id the team's id (MaraudeRound.team), for the GPX and route sheet addresses
 * @property {string} name
 * @property {string} date
 * @property {'CAR'|'FOOT'} mode
 * @property {Array<{order: number, name: string, kind: string, address: ?string, arrival: string,
 *   departure: string, lon: number, lat: number}>} stops arrival and departure as "HH:MM"
 * @property {number} distanceMetres
 * @property {string} backAtBase "HH:MM"
 * @property {?Object} route GeoJSON LineString, null without stops
 */

/**
 * One TeamRound per team and day, in the server's order (by day, then by team).
 * @param {import('./api-shapes.js').MaraudePlan} plan
 * @returns {Array<TeamRound>}
 */
export function teamsOf(plan) {
  const rank = new Map();
  plan.teams.forEach((round) => {
    if (!rank.has(round.team)) rank.set(round.team, rank.size);
  });
  return plan.teams.map((round) => ({
    index: rank.get(round.team),
    id: round.team,
    name: round.name,
    date: round.date,
    mode: round.mode,
    stops: round.stops.map((s) => ({
      order: s.order, name: s.name, kind: s.kind, address: s.address,
      arrival: clock(s.arrival), departure: clock(s.departure), lon: s.lon, lat: s.lat,
    })),
    distanceMetres: round.distanceMetres,
    backAtBase: clock(round.backAtBase),
    route: round.route,
  }));
}

/**
 * The GeoJSON the routes layer draws: each team's line (its road path, or straight legs between its stops) and
 * its numbered stops. « Ma journée » passes a person's permanences the same way, with `route` null.
 * @param {Array<{index: number, id: string, name: string, route: ?Object,
 *   stops: Array<{order: number, name: string, arrival: string, departure: string, lon: ?number, lat: ?number}>}>} teams
 */
export function routeFeatures(teams) {
  const features = [];
  teams.forEach((t) => {
    // A plan over several days has a round per team and day.
    const key = t.date ? t.id + '-' + t.date : t.id;
    const stops = t.stops.filter((s) => s.lat !== undefined && s.lat !== null);
    const line = t.route || (stops.length > 1 ? { type: 'LineString', coordinates: stops.map((s) => [s.lon, s.lat]) } : null);
    if (line) features.push({ type: 'Feature', id: 'route-' + key, geometry: line, properties: { team: t.index, name: t.name } });
    stops.forEach((s) => features.push({ type: 'Feature', id: 'stop-' + key + '-' + s.order,
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { team: t.index, order: s.order, name: s.name, arrival: s.arrival, departure: s.departure } }));
  });
  return { type: 'FeatureCollection', features };
}
