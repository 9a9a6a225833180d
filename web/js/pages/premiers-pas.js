// « Premiers pas » (admins): the steps of a new consortium's set-up, each done or not as the data says
// (GET /api/setup/progress), with a link to where it is done; and the import of the department's communes and QPV.
import { api, describeError } from '../api.js';
import { $, el } from '../dom.js';
import { startPage } from '../page.js';
import { statusArea } from '../ui/status.js';
import { setUpImportForm } from '../ui/imports.js';

/** @param {import('../api-shapes.js').SetupStep} step @param {number} index */
function stepItem(step, index) {
  const mark = el('span', { className: 'mark', textContent: step.done ? '✓' : String(index + 1) });
  mark.setAttribute('aria-hidden', 'true');
  const link = el('a', { href: step.href, textContent: step.action, className: step.done ? 'button secondary' : 'button' });
  link.setAttribute('aria-label', step.action + (step.done ? ' (étape faite)' : ' (étape à faire)'));
  const item = el('li', {}, mark,
    el('div', {}, el('span', { className: 'title', textContent: step.title }),
      el('span', { className: 'detail', textContent: (step.done ? 'Fait : ' : 'À faire — pour l’instant ') + step.detail + '.' })),
    link);
  item.dataset.step = step.key;
  item.dataset.done = step.done;
  return item;
}

startPage(async (session) => {
  const status = statusArea($('etapes-statut'));
  async function showProgress() {
    const progress = await api.admin.setupProgress();
    $('etapes').replaceChildren(...progress.steps.map(stepItem));
    $('avancement').textContent = progress.complete
      ? 'Tout est en place : le consortium peut planifier.'
      : progress.done + ' étape(s) faite(s) sur ' + progress.total + '.';
  }
  const refresh = () => showProgress().catch((e) => status.error(describeError('Avancement', e)));
  setUpImportForm($('import-communes'), refresh);
  setUpImportForm($('import-qpv'), refresh);
  const [me] = await Promise.all([session, refresh()]);
  if (me && me.consortium) $('titre-page').textContent = 'Premiers pas — ' + me.consortium;
  if (me && !me.platformOperator) {
    // Communes and QPV are shared by every consortium of the platform: only its operator imports them.
    for (const id of ['import-communes', 'import-qpv']) $(id).hidden = true;
    $('import-operateur').hidden = false;
  }
});
