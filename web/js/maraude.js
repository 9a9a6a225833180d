// Maraude plans, read for drawing: the rounds of a MaraudePlan (api-shapes.js) as teams with ordered stops, clock
// times and a colour, and as the GeoJSON of the routes layer. Shared by the planning page and « Ma journée ».
import { clock, NBSP } from './format.js';

/**
 * A round ready to draw.
 * @typedef {Object} TeamRound
 * @property {number} index the team's colour: its rank among the plan's teams, the same on every day
 * @property {string} id the team's id (MaraudeRound.team), for the GPX and route sheet addresses
 * @property {string} name
 * @property {string} date
 * @property {'CAR'|'FOOT'} mode
 * @property {Array<{order: number, visitId: string, name: string, kind: string, address: ?string, arrival: string,
 *   serviceStart: string, departure: string, waitMinutes: ?number, lon: number, lat: number, outcome: ?string,
 *   checkedAt: ?string}>} stops times as "HH:MM"; waitMinutes: how long the team waits before the visit starts
 *   (the server's own figure when it sends one, else from arrival to the start of the visit)
 * @property {number} distanceMetres
 * @property {string} backAtBase "HH:MM"
 * @property {?Object} route GeoJSON LineString, null without stops
 * @property {Array<import('./api-shapes.js').MaraudeMember>} members the team's people, empty when unnamed
 * @property {?{start: string, end: string, afterStops: number}} lunchBreak times as "HH:MM"; null without one
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
      order: s.order, visitId: s.visitId, name: s.name, kind: s.kind, address: s.address,
      arrival: clock(s.arrival), serviceStart: clock(s.serviceStart), departure: clock(s.departure),
      waitMinutes: waitMinutes(s), lon: s.lon, lat: s.lat, outcome: s.outcome || null, checkedAt: s.checkedAt || null,
    })),
    distanceMetres: round.distanceMetres,
    backAtBase: clock(round.backAtBase),
    route: round.route,
    members: round.members || [],
    lunchBreak: round.lunchBreak
      ? { start: clock(round.lunchBreak.start), end: clock(round.lunchBreak.end), afterStops: round.lunchBreak.afterStops }
      : null,
  }));
}

/** « Équipe : Awa Diallo (infirmière), Karim B. (psychologue) », or null for a team whose people are not named. */
export function membersLine(members) {
  if (!members || !members.length) return null;
  return 'Équipe' + NBSP + ': ' + members.map((m) => m.label + (m.profession ? ' (' + m.profession + ')' : '')).join(', ');
}

/** « Pause déjeuner 12 h 00 – 12 h 45 » (as on the route sheet), or null without a break. */
export function lunchLine(lunch) {
  if (!lunch) return null;
  const french = (hhmm) => hhmm.replace(':', NBSP + 'h' + NBSP);
  return 'Pause déjeuner ' + french(lunch.start) + NBSP + '– ' + french(lunch.end);
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

/** Minutes the team waits at a stop before the visit may start (a hotel opening later than the team arrives). */
function waitMinutes(stop) {
  if (typeof stop.waitMinutes === 'number') return stop.waitMinutes;
  if (!stop.arrival || !stop.serviceStart) return null;
  return Math.max(0, Math.round((Date.parse(stop.serviceStart) - Date.parse(stop.arrival)) / 60000));
}

/** The French words of a check-off outcome (maraude.plan.StopOutcome). */
export const OUTCOMES = {
  VISITED: 'visité',
  NOBODY_MET: 'personne n’était là',
  REFUSED_ENTRY: 'entrée refusée',
};

/** What a stop is, in French, for the line under its name. */
export const KINDS = {
  HOTEL_115: 'Hôtel 115', DAY_CENTRE: 'Accueil de jour', CAMP: 'Campement', STREET_HOTSPOT: 'Point de rue',
  PLACE: 'Lieu',
};

/**
 * Links that open a stop in the phone's navigation app, built from the coordinates alone (no network needed to
 * draw them): a `geo:` URI (Android and most apps) and Apple Plans' address (iOS ignores `geo:`). The first is
 * the one this phone should use. A 115 hotel's name is confidential: the app gets « Étape n », not the name.
 * @returns {Array<{href: string, label: string}>}
 */
export function navigationLinks(stop, userAgent = navigator.userAgent) {
  const at = stop.lat.toFixed(6) + ',' + stop.lon.toFixed(6);
  const label = stop.kind === 'HOTEL_115' || !stop.name ? 'Étape ' + stop.order : stop.name;
  const geo = { href: 'geo:' + at + '?q=' + at + '(' + encodeURIComponent(label.replace(/[()]/g, ' ')) + ')',
    label: 'Y aller' };
  const apple = { href: 'https://maps.apple.com/?daddr=' + at, label: 'Y aller avec Plans (iPhone)' };
  if (/iPhone|iPad|iPod/.test(userAgent)) {
    return [{ ...apple, label: 'Y aller' }, { ...geo, label: 'Autre application' }];
  }
  return [geo, apple];
}
