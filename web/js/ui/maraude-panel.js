// The maraude panel of the planning page: plan a day's rounds and show each team's route and ordered stops.
import { api, describeError } from '../api.js';
import { $, el, linkButton } from '../dom.js';
import { km } from '../format.js';
import { teamsOf, routeFeatures } from '../maraude.js';
import { statusArea } from './status.js';
import { TEAM_COLOURS } from '../layers/routes.js';

const POLL_MS = 1500;

export function maraudePanel({ map, layers, territory }) {
  const status = statusArea($('maraude-statut'));
  let timer = null;

  /** Plans one day's rounds for n identical teams, visiting the territory's hotels and places. */
  async function launch({ date, teams, mode, basePlaceId, shiftStart, shiftEnd, secondsLimit }) {
    clearInterval(timer);
    status.info('Calcul des tournées en cours…');
    const teamList = Array.from({ length: teams }, (_, i) => ({
      id: 'equipe-' + (i + 1), name: 'Équipe ' + (i + 1), mode, basePlaceId, shiftStart, shiftEnd,
    }));
    try {
      const { id } = await api.maraudePlans.start({ territoryId: territory().id, date, teams: teamList,
        fromTerritory: true, secondsLimit });
      localStorage.setItem('allerVers.maraude', String(id));
      const poll = async () => {
        try {
          const plan = await api.maraudePlans.get(id);
          render(plan);
          if (plan.status !== 'SOLVING') clearInterval(timer);
        } catch (e) {
          clearInterval(timer);
          status.error(describeError('Lecture des tournées', e));
        }
      };
      timer = setInterval(poll, POLL_MS);
      poll();
    } catch (e) {
      status.error(describeError('Planification de la maraude', e));
    }
  }

  /** @param {import('../api-shapes.js').MaraudePlan} plan */
  function render(plan) {
    const teams = teamsOf(plan);
    layers.routes.render(routeFeatures(teams));
    if (layers.routes.count() && plan.status !== 'SOLVING') map.fitBounds(layers.routes.bounds().pad(0.1));
    $('maraude-equipes-liste').replaceChildren(...teams.map((t) => teamSection(plan, t)));
    if (plan.status === 'SOLVING') status.info('Calcul des tournées en cours…');
    else if (plan.status === 'FAILED') status.error('Le calcul des tournées a échoué' + (plan.failure ? ' : ' + plan.failure : '.'));
    else status.ok(teams.length + ' tournée(s) planifiée(s).' + (plan.leftOut.length ? ' Visites non faites : '
      + plan.leftOut.map((v) => v.name + (v.reason ? ' (' + v.reason + ')' : '')).join(' ; ') : ''));
  }

  function teamSection(plan, t) {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.borderColor = TEAM_COLOURS[t.index % TEAM_COLOURS.length];
    swatch.setAttribute('aria-hidden', 'true');
    const summary = t.stops.length + ' étape(s)' + (t.distanceMetres ? ', ' + km(t.distanceMetres) : '')
      + (t.backAtBase ? ', retour ' + t.backAtBase : '');
    return el('section', {},
      el('h3', {}, swatch, ' ' + t.name),
      el('p', { textContent: summary }),
      el('ol', { className: 'day' }, t.stops.map((s) => el('li', {},
        el('span', { className: 'time', textContent: s.arrival + (s.departure ? '–' + s.departure : '') }), ' ', s.name))),
      el('p', { className: 'downloads' },
        linkButton(api.maraudePlans.gpxUrl(plan.id, t.id), 'Trajet GPX'),
        linkButton(api.maraudePlans.sheetUrl(plan.id, t.id), 'Feuille de route'),
        linkButton('/ma-journee.html?maraude=' + plan.id + '&equipe=' + encodeURIComponent(t.id), 'Ma journée')));
  }

  return { launch };
}
