// The API client: every call of the pages goes through here. It sends the CSRF token of the session (cookie
// XSRF-TOKEN -> header X-XSRF-TOKEN) on writes, sends the user to /login when the session is gone, and turns
// RFC 9457 problem bodies into ApiError with a French message the page can show as is. The shape of each answer
// is written once, in api-shapes.js.

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The field page's service worker (/sw.js) answers from this device's copy when the network fails, and marks
// those answers with the date they were stored. The page is told, so it can say it shows older data.
const CACHE_HEADER = 'X-Aller-Vers-Cache';
export const CACHED_EVENT = 'allervers:copie-locale';
let oldestCopy = null;

/** The oldest storing date (ISO) of the API answers this page got from the device's copy, or null. */
export function cachedSince() {
  return oldestCopy;
}

function noteCopy(response) {
  const storedAt = response.headers.get(CACHE_HEADER);
  if (!storedAt) return;
  if (!oldestCopy || storedAt < oldestCopy) oldestCopy = storedAt;
  window.dispatchEvent(new CustomEvent(CACHED_EVENT, { detail: { url: response.url, storedAt } }));
}

export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super((problem && (problem.detail || problem.title)) || fallback);
    this.status = status;
    this.problem = problem || {};
    if (this.endpointMissing) this.message = 'cette fonction n’est pas encore disponible sur ce serveur.';
  }

  /**
   * True when the endpoint itself does not exist on this server yet (a 404 from Spring's static resource
   * handler, not one of our own "not found" problems, whose type is under allervers.fr).
   */
  get endpointMissing() {
    const type = this.problem.type || '';
    return (this.status === 404 || this.status === 405) && !type.startsWith('https://allervers.fr/');
  }
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/** Whether this browser holds a session of the server (its CSRF cookie is set once signed in). */
export const signedIn = () => csrfToken() !== null;

function statusMessage(status) {
  if (status === 403) return 'Accès refusé : votre compte n’a pas les droits pour cette action.';
  if (status === 404) return 'Introuvable.';
  if (status >= 500) return 'Erreur du serveur (' + status + '). Réessayez dans un instant.';
  return 'Requête refusée (' + status + ').';
}

async function request(method, url, { json, body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept + ', application/problem+json' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  const token = csrfToken();
  if (token && WRITE_METHODS.has(method)) headers['X-XSRF-TOKEN'] = token;
  let response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, null, 'Le serveur ne répond pas : vérifiez votre connexion.');
  }
  noteCopy(response);
  // Session gone: the server answers 401, or redirects the call to its login page.
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === '/login')) {
    window.location.assign('/login');
    throw new ApiError(401, null, 'Session expirée : reconnectez-vous.');
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try { problem = await response.json(); } catch (e) { problem = null; }
    }
    throw new ApiError(response.status, problem, statusMessage(response.status));
  }
  if (response.status === 204 || response.status === 202 && response.headers.get('Content-Length') === '0') {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  });
  const s = q.toString();
  return s ? '?' + s : '';
}

// Types of the answers: see api-shapes.js (`import('./api-shapes.js').Name`).
export const api = {
  get: (url, params) => request('GET', url + query(params)),
  post: (url, json) => request('POST', url, { json }),
  put: (url, json) => request('PUT', url, { json }),
  patch: (url, json) => request('PATCH', url, { json }),
  del: (url) => request('DELETE', url),

  /**
   * Ends the session. Sent with the X-XSRF-TOKEN header: Spring's single-page CSRF handling reads a `_csrf` form
   * field as a masked token, which the cookie's raw value is not, so a plain form post of it answered 403.
   * Resolves once the server has ended the session; rejects without network.
   */
  async signOut() {
    const token = csrfToken();
    const response = await fetch('/logout', { method: 'POST', credentials: 'same-origin', redirect: 'manual',
      headers: token ? { 'X-XSRF-TOKEN': token } : {} });
    // Success is Spring's redirect to the login page (opaque here, not followed).
    if (response.type !== 'opaqueredirect' && !response.ok) throw new ApiError(response.status, null, statusMessage(response.status));
  },

  /** @returns {Promise<import('./api-shapes.js').Me>} */
  me: () => api.get('/api/me'),
  /** @returns {Promise<import('./api-shapes.js').MapConfig>} */
  mapConfig: () => api.get('/api/map-config'),
  /** @returns {Promise<Array<import('./api-shapes.js').Territory>>} */
  territories: () => api.get('/api/territories'),
  /** @returns {Promise<import('./api-shapes.js').FeatureCollection>} */
  layer: (kind, bbox) => api.get('/api/layers/' + kind, { bbox }),
  /** @returns {Promise<import('./api-shapes.js').FeatureCollection>} */
  heatmap: (params) => api.get('/api/heatmap', params),
  /** @returns {Promise<Array<import('./api-shapes.js').Organisation>>} */
  organisations: () => api.get('/api/organisations'),

  /** @returns {Promise<import('./api-shapes.js').ImportReport>} */
  importFile(kind, file, crs) {
    const form = new FormData();
    form.append('file', file);
    if (crs) form.append('crs', crs);
    return request('POST', '/api/imports/' + encodeURIComponent(kind), { body: form });
  },

  coverage: {
    /** @returns {Promise<import('./api-shapes.js').CoverageReport>} */
    get: (territoryId, month) => api.get('/api/coverage', { territoryId, month }),
    csvUrl: (territoryId, month) => '/api/coverage/export.csv' + query({ territoryId, month }),
    /**
     * Contacts (people met; someone met twice counts twice) month by month, from `from` (by default the twelve
     * months up to `to`) to `to` (yyyy-mm). @returns {Promise<import('./api-shapes.js').FunnelReport>}
     */
    funnel: (territoryId, to, from) => api.get('/api/coverage/funnel', { territoryId, to, from }),
    funnelCsvUrl: (territoryId, to) => '/api/coverage/funnel.csv' + query({ territoryId, to }),
  },

  // Answers: PermanencePlan (get, move, publish, withdraw, cancel, restore), Created (start, replan: a published
  // plan answers its new draft version's id), Permanence (pin, unpin), Array<PermanencePlanSummary> (list),
  // PlanExplanation (explanation), PlanChanges (changes), PublicationPreview (publicationPreview), MyDay (myDay).
  permanencePlans: {
    start: (territoryId, from, to, secondsLimit) =>
      api.post('/api/permanence-plans', { territoryId, from, to, secondsLimit }),
    get: (id) => api.get('/api/permanence-plans/' + id),
    list: (territoryId) => api.get('/api/permanence-plans', { territoryId }),
    eventsUrl: (id) => '/api/permanence-plans/' + id + '/events',
    pin: (id, pid) => api.put('/api/permanence-plans/' + id + '/permanences/' + pid + '/pin'),
    unpin: (id, pid) => api.del('/api/permanence-plans/' + id + '/permanences/' + pid + '/pin'),
    move: (id, pid, change) => api.patch('/api/permanence-plans/' + id + '/permanences/' + pid, change),
    /** The same change, not written: the rules it would break. @returns {Promise<import('./api-shapes.js').MovePreview>} */
    previewMove: (id, pid, change) => api.post('/api/permanence-plans/' + id + '/permanences/' + pid + '/move-preview', change),
    explanation: (id) => api.get('/api/permanence-plans/' + id + '/explanation'),
    publish: (id) => api.put('/api/permanence-plans/' + id + '/publication'),
    withdraw: (id) => api.del('/api/permanence-plans/' + id + '/publication'),
    replan: (id, secondsLimit, confirm) => api.post('/api/permanence-plans/' + id + '/replan',
      { ...(secondsLimit ? { secondsLimit } : {}), ...(confirm ? { confirm: true } : {}) }),
    cancel: (id, pid, reason, comment) => api.post('/api/permanence-plans/' + id + '/permanences/' + pid + '/cancellation',
      { reason, comment }),
    restore: (id, pid) => api.del('/api/permanence-plans/' + id + '/permanences/' + pid + '/cancellation'),
    changes: (id) => api.get('/api/permanence-plans/' + id + '/changes'),
    publicationPreview: (id) => api.get('/api/permanence-plans/' + id + '/publication-preview'),
    myDay: (id, date) => api.get('/api/permanence-plans/' + id + '/my-day?date=' + encodeURIComponent(date)),
    csvUrl: (id) => '/api/permanence-plans/' + id + '/export.csv',
    staffIcsUrl: (id, staffId) => '/api/permanence-plans/' + id + '/calendar/staff/' + staffId + '.ics',
    vanIcsUrl: (id, vanId) => '/api/permanence-plans/' + id + '/calendar/vans/' + vanId + '.ics',
  },

  team: {
    /** @returns {Promise<Array<import('./api-shapes.js').Staff>>} */
    staff: () => api.get('/api/staff'),
    /** @returns {Promise<Array<import('./api-shapes.js').Van>>} */
    vans: () => api.get('/api/vans'),
  },

  // Absences of a person ('staff') and unavailability of a van ('van') share one shape on the server (Absence).
  absences: {
    url: (kind, id) => (kind === 'van' ? '/api/vans/' + id + '/unavailability' : '/api/staff/' + id + '/absences'),
    list: (kind, id) => api.get(api.absences.url(kind, id)),
    declare: (kind, id, period) => api.post(api.absences.url(kind, id), period),
    remove: (kind, id, absenceId) => api.del(api.absences.url(kind, id) + '/' + absenceId),
  },

  // Answers: ClosingDay[] (closingDays), ClosingDay (addClosingDay), nothing (removeClosingDay), DayOff[]
  // (calendar), DaysOffSettings (settings, saveSettings).
  publicSchedule: {
    /** @returns {Promise<import('./api-shapes.js').PublicScheduleSwitch>} */
    get: (territoryId) => api.get('/api/territories/' + territoryId + '/public-schedule'),
    /** @returns {Promise<import('./api-shapes.js').PublicScheduleSwitch>} */
    set: (territoryId, enabled) => api.put('/api/territories/' + territoryId + '/public-schedule', { enabled }),
  },

  daysOff: {
    closingDays: (from, to) => api.get('/api/closing-days', { from, to }),
    addClosingDay: (day) => api.post('/api/closing-days', day),
    removeClosingDay: (id) => api.del('/api/closing-days/' + id),
    calendar: (from, to, territoryId) => api.get('/api/days-off', { from, to, territoryId }),
    settings: () => api.get('/api/days-off/settings'),
    saveSettings: (settings) => api.put('/api/days-off/settings', settings),
  },

  // Answers: CommuneTargets (get, set), nothing (reset).
  communeTargets: {
    url: (territoryId, insee) => '/api/territories/' + territoryId + '/communes/' + encodeURIComponent(insee) + '/targets',
    get: (territoryId, insee) => api.get(api.communeTargets.url(territoryId, insee)),
    set: (territoryId, insee, targets) => api.put(api.communeTargets.url(territoryId, insee), targets),
    reset: (territoryId, insee) => api.del(api.communeTargets.url(territoryId, insee)),
  },

  // A field worker's calendar subscription. Answers: CalendarFeed (get, issue), nothing (revoke).
  calendarFeed: {
    url: (staffId) => '/api/staff/' + staffId + '/calendar-feed',
    get: (staffId) => api.get(api.calendarFeed.url(staffId)),
    issue: (staffId) => api.put(api.calendarFeed.url(staffId)),
    revoke: (staffId) => api.del(api.calendarFeed.url(staffId)),
  },

  /** Changes the signed-in user's own password. @returns {Promise<import('./api-shapes.js').PasswordChanged>} */
  changeOwnPassword: (currentPassword, newPassword) => api.put('/api/me/password', { currentPassword, newPassword }),

  // The administration (admins). Answers: Array<Organisation> / Organisation, Territory, Array<Account> / Account,
  // PasswordReset, SetupProgress.
  admin: {
    organisations: () => api.get('/api/organisations', { archived: true }),
    createOrganisation: (name) => api.post('/api/organisations', { name }),
    renameOrganisation: (id, name) => api.put('/api/organisations/' + id, { name }),
    archiveOrganisation: (id, archived) => api.put('/api/organisations/' + id + '/archived', { archived }),
    createTerritory: (name, communes) => api.post('/api/territories', { name, communes }),
    updateTerritory: (id, name, communes) => api.put('/api/territories/' + id, { name, communes }),
    accounts: () => api.get('/api/users'),
    createAccount: (account) => api.post('/api/users', account),
    setEnabled: (id, enabled) => api.put('/api/users/' + id + '/enabled', { enabled }),
    resetPassword: (id) => api.post('/api/users/' + id + '/password-reset'),
    setupProgress: () => api.get('/api/setup/progress'),
  },

  // Answers: Created (start), MaraudePlan (get, publish, withdraw), Array<MaraudePlanSummary> (list),
  // MaraudeCheckOff (checkOff), nothing (undoCheckOff, 204).
  maraudePlans: {
    start: (body) => api.post('/api/maraude-plans', body),
    get: (id) => api.get('/api/maraude-plans/' + id),
    list: (territoryId) => api.get('/api/maraude-plans', { territoryId }),
    publish: (id) => api.put('/api/maraude-plans/' + id + '/publication'),
    withdraw: (id) => api.del('/api/maraude-plans/' + id + '/publication'),
    checkOff: (id, visitId, team, outcome) => api.put('/api/maraude-plans/' + id + '/stops/'
      + encodeURIComponent(visitId) + '/check-off', { team, outcome }),
    undoCheckOff: (id, visitId, team) => api.del('/api/maraude-plans/' + id + '/stops/'
      + encodeURIComponent(visitId) + '/check-off?team=' + encodeURIComponent(team)),
    gpxUrl: (id, teamId) => '/api/maraude-plans/' + id + '/teams/' + encodeURIComponent(teamId) + '.gpx',
    sheetUrl: (id, teamId) => '/api/maraude-plans/' + id + '/teams/' + encodeURIComponent(teamId) + '/feuille-de-route',
  },
};

/** The French message to show for any failure of a call, naming what was being done. */
export function describeError(action, error) {
  if (error instanceof ApiError && error.endpointMissing) {
    return action + ' : cette fonction n’est pas encore disponible sur ce serveur.';
  }
  return action + ' : ' + (error && error.message ? error.message : 'erreur inattendue.');
}
