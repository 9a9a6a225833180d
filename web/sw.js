// Service worker of « Ma journée » (registered with the scope /ma-journee.html, so no other page is ever served by
// it). Field workers open their day in hotel basements and vans: the page, its modules, Leaflet and the read-only
// API answers it uses are fetched from the network first and, when the network fails, answered from the copy
// kept by the last successful load. Writes, the login, the heatmap, encounters and calendars are never kept
// (encounters written offline wait in the page's outbox, not here).
//
// Confidentiality: maraude plans name 115 hotels. Answers are kept for one account only: nothing of the API is
// kept before /api/me has said who is signed in; when it answers another username than the kept one, every kept
// API answer is dropped before anything of the new account is stored; each kept answer carries its account and
// is served to that account only. Signing out deletes the whole cache (the page does it, and tells this worker to
// stop storing).

const CACHE = 'aller-vers-journee-v1';
// Set on every kept copy: the date it was stored. A page reading it knows the answer came from this device.
const STAMP = 'X-Aller-Vers-Cache';
// Set on every kept API answer: the username of the account it was fetched for.
const ACCOUNT = 'X-Aller-Vers-Compte';

// What the field page loads, and nothing else. Paths are matched without their query; the query stays part of
// the key, so /api/maraude-plans?territoryId=1 and ?territoryId=2 are two entries.
const KEPT = [
  /^\/ma-journee\.html$/,
  /^\/js\/.+\.js$/,
  /^\/css\/.+\.css$/,
  /^\/webjars\/leaflet\//,
  /^\/favicon\.svg$/,
  /^\/api\/me$/,
  /^\/api\/territories$/,
  /^\/api\/map-config$/,
  /^\/api\/layers\/(communes|places)$/,
  /^\/api\/organisations$/,
  /^\/api\/(permanence|maraude)-plans(\/\d+)?$/,
  /^\/api\/permanence-plans\/\d+\/my-day$/,
];

// Bumped when the page signs out: a network answer that was on its way then is not stored afterwards.
let generation = 0;
// The lists of addresses the page sent to keep, handled in order.
let keeping = Promise.resolve(0);

const kept = (url) => url.origin === self.location.origin && KEPT.some((pattern) => pattern.test(url.pathname));
const isApi = (url) => url.pathname.startsWith('/api/');

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('aller-vers-journee') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!kept(url)) return;
  event.respondWith(networkFirst(event, request, url));
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'forget') {
    generation++;
    event.waitUntil(caches.delete(CACHE).then(() => reply(event, { type: 'forgotten' })));
  } else if (message.type === 'keep' && Array.isArray(message.urls)) {
    // One list after the other, so that the /api/me of an earlier list is kept before a later list's answers.
    keeping = keeping.then(() => keepAll(message.urls, message.since || '')).catch(() => 0);
    event.waitUntil(keeping.then((count) => reply(event, { type: 'kept', count })));
  }
});

function reply(event, message) {
  if (event.ports && event.ports[0]) event.ports[0].postMessage(message);
  else if (event.source) event.source.postMessage(message);
}

async function networkFirst(event, request, url) {
  const started = generation;
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const copy = await fromCache(request, url);
    if (copy) return copy;
    throw offline;
  }
  if (storable(response)) {
    // The account check must be done before the page asks for anything else of the new account.
    if (url.pathname === '/api/me') await store(request.url, response.clone(), started);
    else event.waitUntil(store(request.url, response.clone(), started));
  }
  return response;
}

async function fromCache(request, url) {
  const cache = await caches.open(CACHE);
  // Spring varies its answers on Origin: a module script's request has one, the stored key has none.
  let copy = await cache.match(request.url, { ignoreVary: true });
  if (!copy && request.mode === 'navigate') {
    // The page itself does not depend on its query (?maraude=…): opened with another one, it reads its own data.
    copy = await cache.match(url.origin + url.pathname, { ignoreSearch: true, ignoreVary: true });
  }
  // An API answer is served only to the account it was kept for (the one of the kept /api/me).
  if (copy && isApi(url) && copy.headers.get(ACCOUNT) !== await keptAccount(cache)) return undefined;
  return copy;
}

// A login page reached by a redirect, an error or an opaque answer is never stored in place of the real one.
const storable = (response) => response.ok && response.type === 'basic' && !response.redirected;

async function store(key, response, started) {
  const body = await response.blob();
  const url = new URL(key);
  let account = null;
  if (url.pathname === '/api/me') {
    account = await usernameIn(body);
    if (started === generation) await forgetOtherAccount(account);
  } else if (isApi(url)) {
    // Until the account is known nothing of it is kept: it could be someone else's.
    account = await keptAccount(await caches.open(CACHE));
    if (!account) return;
  }
  if (started !== generation) return;
  const headers = new Headers(response.headers);
  headers.set(STAMP, new Date().toISOString());
  if (account) headers.set(ACCOUNT, account);
  const cache = await caches.open(CACHE);
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function usernameIn(meBody) {
  try {
    return JSON.parse(await meBody.text()).username || null;
  } catch (e) {
    return null;
  }
}

/** The username of the kept /api/me answer: the account every kept API answer belongs to. */
async function keptAccount(cache) {
  const me = await cache.match(new URL('/api/me', self.location.origin).href, { ignoreVary: true });
  return me ? me.headers.get(ACCOUNT) : null;
}

/** Drops every kept API answer when the signed-in account is not the one they were kept for. */
async function forgetOtherAccount(account) {
  const cache = await caches.open(CACHE);
  if (account && await keptAccount(cache) === account) return;
  const keys = await cache.keys();
  await Promise.all(keys.filter((k) => isApi(new URL(k.url))).map((k) => cache.delete(k)));
}

/**
 * Stores what the page loaded before this worker controlled it (its first visit): the page sends the addresses
 * it loaded and when it started; this worker fetches again those it keeps and has no copy of since then,
 * /api/me first so that the account is known before the rest.
 */
async function keepAll(urls, since) {
  const started = generation;
  const cache = await caches.open(CACHE);
  const wanted = [...new Set(urls)].map((u) => new URL(u, self.location.origin)).filter(kept);
  let count = 0;
  const fetchOne = async (url) => {
    const copy = await cache.match(url.href, { ignoreVary: true });
    if (copy && copy.headers.get(STAMP) >= since) return;
    try {
      const response = await fetch(url.href, { credentials: 'same-origin' });
      if (storable(response)) {
        await store(url.href, response, started);
        count++;
      }
    } catch (e) {
      // Offline again: what could not be fetched is simply not kept.
    }
  };
  for (const url of wanted.filter((u) => u.pathname === '/api/me')) await fetchOne(url);
  await Promise.all(wanted.filter((u) => u.pathname !== '/api/me').map(fetchOne));
  return count;
}
