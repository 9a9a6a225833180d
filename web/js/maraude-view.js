// The maraude panel of the planning page: plan a day's rounds and show each team's route and ordered stops.
import { api, describeError } from './api.js';
import { teamsOf, routeFeatures } from './maraude.js';
import { statusArea } from './ui/status.js';
import { TEAM_COLOURS } from './layers/routes.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 1500;

export function maraudeView({ map, layers, territory }) {
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
          render(id, plan);
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

  function render(id, plan) {
    const teams = teamsOf(plan);
    layers.routes.render(routeFeatures(teams));
    if (layers.routes.count() && plan.status !== 'SOLVING') map.fitBounds(layers.routes.bounds().pad(0.1));
    const box = $('maraude-equipes-liste');
    box.replaceChildren();
    teams.forEach((t) => {
      const section = document.createElement('section');
      const title = document.createElement('h3');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.borderColor = TEAM_COLOURS[t.index % TEAM_COLOURS.length];
      swatch.setAttribute('aria-hidden', 'true');
      title.append(swatch, ' ' + t.name);
      const summary = document.createElement('p');
      summary.textContent = t.stops.length + ' étape(s)' + (t.distanceMetres ? ', ' + (t.distanceMetres / 1000).toFixed(1) + ' km' : '')
        + (t.backAtBase ? ', retour ' + t.backAtBase : '');
      const list = document.createElement('ol');
      list.className = 'day';
      t.stops.forEach((s) => {
        const li = document.createElement('li');
        li.innerHTML = '<span class="time"></span> ';
        li.firstChild.textContent = s.arrival + (s.departure ? '–' + s.departure : '');
        li.append(s.name);
        list.append(li);
      });
      const links = document.createElement('p');
      links.className = 'downloads';
      links.append(Object.assign(document.createElement('a'), { className: 'button secondary',
        href: t.gpxUrl || api.maraudePlans.gpxUrl(id, t.id), textContent: 'Trajet GPX' }),
        Object.assign(document.createElement('a'), { className: 'button secondary',
          href: api.maraudePlans.sheetUrl(id, t.id), textContent: 'Feuille de route' }),
        Object.assign(document.createElement('a'), { className: 'button secondary',
          href: '/ma-journee.html?maraude=' + id + '&equipe=' + encodeURIComponent(t.id), textContent: 'Ma journée' }));
      section.append(title, summary, list, links);
      box.append(section);
    });
    const left = plan.leftOut || [];
    if (plan.status === 'SOLVING') status.info('Calcul des tournées en cours…' + (plan.score ? ' Score : ' + plan.score : ''));
    else if (plan.status === 'FAILED') status.error('Le calcul des tournées a échoué.');
    else status.ok(teams.length + ' tournée(s) planifiée(s).' + (left.length ? ' Visites non faites : '
      + left.map((v) => (v.name || v.visitId) + (v.reason ? ' (' + v.reason + ')' : '')).join(' ; ') : ''));
  }

  return { launch };
}
