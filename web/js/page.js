// How every page starts: the shared header first, then, side by side, the session (who is signed in, which views
// the menu offers) and the page's own code. window.allerVers (created by errors.js, the one classic script every
// page loads first) collects the uncaught errors and says `ready` once both are done: the browser tests wait for it.
import { renderHeader } from './ui/header.js';
import { setUpSession } from './ui/session.js';

const debug = (window.allerVers = window.allerVers || { layers: {}, errors: [] });

/**
 * @param {(session: Promise<?import('./api-shapes.js').Me>) => (void|Promise<void>)} start the page's code; it
 *        awaits `session` only if it needs the signed-in account (null when /api/me did not answer)
 */
export function startPage(start) {
  renderHeader();
  const session = setUpSession();
  Promise.all([session, (async () => start(session))()]).then(() => {
    debug.ready = true;
  }, (e) => {
    debug.errors.push(String(e && e.stack ? e.stack : e));
    throw e;
  });
}
