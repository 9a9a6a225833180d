// « Premiers pas » (admins): the steps of a new consortium's set-up, each done or not as the data says
// (GET /api/setup/progress), with a link to where it is done; and the import of the department's communes and QPV.
import { api, describeError } from '../api.js';
import { statusArea } from '../ui/status.js';
import { setUpSession } from '../ui/session.js';
import { setUpImportForm } from '../ui/imports.js';

const $ = (id) => document.getElementById(id);
const status = statusArea($('etapes-statut'));

async function showProgress() {
  const progress = await api.get('/api/setup/progress');
  $('etapes').replaceChildren(...progress.steps.map((step, index) => {
    const li = document.createElement('li');
    li.dataset.step = step.key;
    li.dataset.done = step.done;
    const mark = Object.assign(document.createElement('span'), { className: 'mark', textContent: step.done ? '✓' : String(index + 1) });
    mark.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    const title = Object.assign(document.createElement('span'), { className: 'title', textContent: step.title });
    const detail = Object.assign(document.createElement('span'), { className: 'detail',
      textContent: (step.done ? 'Fait : ' : 'À faire — pour l’instant ') + step.detail + '.' });
    text.append(title, detail);
    const link = Object.assign(document.createElement('a'), { href: step.href, textContent: step.action,
      className: step.done ? 'button secondary' : 'button' });
    link.setAttribute('aria-label', step.action + (step.done ? ' (étape faite)' : ' (étape à faire)'));
    li.append(mark, text, link);
    return li;
  }));
  $('avancement').textContent = progress.complete
    ? 'Tout est en place : le consortium peut planifier.'
    : progress.done + ' étape(s) faite(s) sur ' + progress.total + '.';
}

async function start() {
  const me = await setUpSession();
  if (me && me.consortium) $('titre-page').textContent = 'Premiers pas — ' + me.consortium;
  const refresh = () => showProgress().catch((e) => status.error(describeError('Avancement', e)));
  setUpImportForm($('import-communes'), refresh);
  setUpImportForm($('import-qpv'), refresh);
  await refresh();
  window.allerVers.ready = true;
}

start().catch((e) => {
  window.allerVers.errors.push(String(e && e.message ? e.message : e));
  status.error(describeError('Premiers pas', e));
});
