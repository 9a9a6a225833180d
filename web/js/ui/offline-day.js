// « Ma journée » without a network: registers the page's service worker (/sw.js, which keeps the last answers of
// the page on this device), says at the top of the page when what it shows comes from that copy, and deletes the
// copy when the user signs out (forgetOfflineDay, called by the logout form of every page).
import { cachedSince, CACHED_EVENT } from '../api.js';
import { moment } from '../format.js';

const SCOPE = '/ma-journee.html';
const CACHE_PREFIX = 'aller-vers-journee';

/** Registers the worker and shows the notice in `notice` whenever an API answer came from this device. */
export function keepDayOffline(notice) {
  const show = () => {
    const since = cachedSince();
    if (!since) return;
    notice.textContent = 'Hors connexion : planning enregistré sur cet appareil le '
      + moment(since)
      + '. Il a pu changer depuis ; les rencontres notées partiront au retour du réseau.';
    notice.hidden = false;
  };
  window.addEventListener(CACHED_EVENT, show);
  show();
  // Service workers need a secure context (https, or localhost); elsewhere the page works online only.
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const firstVisit = !navigator.serviceWorker.controller;
  navigator.serviceWorker.register('/sw.js', { scope: SCOPE }).then(() => {
    if (firstVisit) keepWhatLoadedBefore();
  }, (e) => {
    // Without the worker the page still works online, as before; nothing to tell the user.
    console.info('Ma journée hors connexion indisponible :', e && e.message);
  });
}

/**
 * On the first visit the page loaded before the worker controlled it: once it does, send it the addresses this
 * page loaded and when it started, for it to keep those it has no copy of yet.
 */
function keepWhatLoadedBefore() {
  const since = new Date(performance.timeOrigin).toISOString();
  const missed = new Set([location.href]);
  let controller = navigator.serviceWorker.controller;
  const flush = () => {
    if (!controller || !missed.size) return;
    controller.postMessage({ type: 'keep', urls: [...missed], since });
    missed.clear();
  };
  new PerformanceObserver((list) => {
    list.getEntries().filter((e) => e.name.startsWith(location.origin + '/')).forEach((e) => missed.add(e.name));
    flush();
  }).observe({ type: 'resource', buffered: true });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    controller = navigator.serviceWorker.controller;
    flush();
  });
  flush();
}

/** Deletes what the field page kept on this device; resolves when done (never rejects). */
export async function forgetOfflineDay() {
  if (!window.caches) return;
  try {
    const registration = navigator.serviceWorker && await navigator.serviceWorker.getRegistration(SCOPE);
    // The worker stops storing answers still on their way, then the page deletes the copy itself, in case the
    // worker is not running.
    if (registration && registration.active) registration.active.postMessage({ type: 'forget' });
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n)));
  } catch (e) {
    // Storage unavailable (private browsing): nothing was kept either.
  }
}
