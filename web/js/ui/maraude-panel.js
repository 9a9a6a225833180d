// The maraude panel of the planning page: plan a day's rounds and show each team's route and ordered stops, reopen
// a saved plan (from « Plans existants » or the address, ?maraude=id), publish it to the teams or take it back to
// draft, and see which stops the teams checked off. Each team may name its people among the consortium's active staff:
// their professions are its skills, and the rounds show who is on them and when they break for lunch.
import { api, describeError } from '../api.js';
import { $, el, linkButton } from '../dom.js';
import { count, frenchSpacing, km, moment } from '../format.js';
import { teamsOf, routeFeatures, membersLine, lunchLine, OUTCOMES } from '../maraude.js';
import { statusArea } from './status.js';
import { TEAM_COLOURS } from '../layers/routes.js';

const POLL_MS = 1500;

/** @param onChange ("maraude:id") after a launch, an opening, a publication or a withdrawal: « Plans existants » re-lists */
export function maraudePanel({ map, layers, territory, onChange = () => {} }) {
  const status = statusArea($('maraude-statut'));
  const publication = statusArea($('maraude-publication-statut'));
  let timer = null;
  let current = null;
  /** @type {Array<import('../api-shapes.js').Staff>} the consortium's active staff (GET /api/staff leaves archived ones out) */
  let staff = [];

  // One box of checkboxes per team, following the number of teams; what was ticked stays ticked.
  function renderMemberPickers() {
    const box = $('maraude-membres-equipes');
    const chosen = chosenMembers();
    const teams = Math.min(6, Math.max(1, Number($('maraude-equipes').value) || 1));
    $('maraude-membres').hidden = !staff.length;
    box.replaceChildren(...Array.from({ length: teams }, (_, i) => el('fieldset', { className: 'team-picker' },
      el('legend', { textContent: 'Équipe ' + (i + 1) }),
      staff.map((person) => {
        const box = el('input', { type: 'checkbox', value: String(person.id) });
        box.dataset.team = String(i);
        box.checked = (chosen[i] || []).includes(person.id);
        return el('label', {}, box, person.label + (person.roleLabel ? ' (' + person.roleLabel + ')' : ''));
      }))));
    lockTakenPeople();
  }

  // One person is in one team only (the server refuses otherwise): ticked in one team, greyed out in the others.
  function lockTakenPeople() {
    const boxes = [...$('maraude-membres-equipes').querySelectorAll('input[type=checkbox]')];
    const takenBy = new Map(boxes.filter((b) => b.checked).map((b) => [b.value, b.dataset.team]));
    boxes.forEach((b) => {
      b.disabled = takenBy.has(b.value) && takenBy.get(b.value) !== b.dataset.team;
    });
  }

  /** @returns {Array<Array<number>>} the staff ids ticked for each team, by team rank */
  function chosenMembers() {
    const chosen = [];
    $('maraude-membres-equipes').querySelectorAll('input[type=checkbox]:checked').forEach((b) => {
      const team = Number(b.dataset.team);
      chosen[team] = (chosen[team] || []).concat(Number(b.value));
    });
    return chosen;
  }

  $('maraude-equipes').addEventListener('input', renderMemberPickers);
  $('maraude-membres-equipes').addEventListener('change', lockTakenPeople);
  $('maraude-membres').hidden = true;
  api.team.staff().then((list) => {
    staff = list;
    renderMemberPickers();
  }).catch((e) => status.error(describeError('Liste des personnes', e)));

  /** Plans one day's rounds for n teams, visiting the territory's hotels and places, with the people ticked. */
  async function launch({ date, teams, mode, basePlaceId, shiftStart, shiftEnd, secondsLimit }) {
    clearInterval(timer);
    status.info('Calcul des tournées en cours…');
    const members = chosenMembers();
    const teamList = Array.from({ length: teams }, (_, i) => ({
      id: 'equipe-' + (i + 1), name: 'Équipe ' + (i + 1), mode, basePlaceId, shiftStart, shiftEnd,
      ...(members[i] && members[i].length ? { members: members[i] } : {}),
    }));
    try {
      const { id } = await api.maraudePlans.start({ territoryId: territory().id, date, teams: teamList,
        fromTerritory: true, secondsLimit });
      open(id);
    } catch (e) {
      status.error(describeError('Planification de la maraude', e));
    }
  }

  /** Shows a plan and follows it while it is solved; the address and this browser remember it for a reload. */
  function open(id) {
    clearInterval(timer);
    current = null;
    localStorage.setItem('allerVers.maraude', String(id));
    const url = new URL(location.href);
    url.searchParams.set('maraude', id);
    history.replaceState(null, '', url);
    let listed = false;
    const poll = async () => {
      try {
        const plan = await api.maraudePlans.get(id);
        render(plan);
        if (plan.status !== 'SOLVING') clearInterval(timer);
        // Listed once it is known, again once solved: its state in « Plans existants » follows.
        if (!listed || plan.status !== 'SOLVING') onChange('maraude:' + id);
        listed = true;
      } catch (e) {
        clearInterval(timer);
        status.error(describeError('Lecture des tournées', e));
      }
    };
    timer = setInterval(poll, POLL_MS);
    poll();
  }

  /** @param {import('../api-shapes.js').MaraudePlan} plan */
  function render(plan) {
    const first = !current || current.id !== plan.id || current.status !== plan.status;
    current = plan;
    const teams = teamsOf(plan);
    layers.routes.render(routeFeatures(teams));
    if (first && layers.routes.count() && plan.status !== 'SOLVING') map.fitBounds(layers.routes.bounds().pad(0.1));
    $('maraude-equipes-liste').replaceChildren(...teams.map((t) => teamSection(plan, t)));
    if (plan.status === 'SOLVING') status.info('Calcul des tournées en cours…');
    else if (plan.status === 'FAILED') status.error('Le calcul des tournées a échoué' + (plan.failure ? ' : ' + plan.failure : '.'));
    else status.ok(teams.length + ' tournée(s) planifiée(s).' + (plan.leftOut.length ? ' Visites non faites : '
      + plan.leftOut.map((v) => v.name + (v.reason ? ' (' + v.reason + ')' : '')).join(' ; ') : ''));
    renderPublication(plan);
  }

  function renderPublication(plan) {
    const box = $('maraude-publication');
    box.hidden = plan.status !== 'DONE';
    $('maraude-publication-etat').textContent = plan.publishedAt
      ? frenchSpacing('Publié le ' + moment(plan.publishedAt) + ' : les équipes le trouvent dans « Ma journée » et cochent leurs étapes.')
      : frenchSpacing('Brouillon : les équipes ne le voient pas encore.');
    $('maraude-publier').hidden = Boolean(plan.publishedAt);
    $('maraude-retirer').hidden = !plan.publishedAt;
    const refused = plan.feasible === false;
    $('maraude-publier').disabled = refused;
    $('maraude-publier-pourquoi').hidden = !refused;
  }

  async function setPublished(published) {
    if (!current) return;
    const id = current.id;
    try {
      const plan = await (published ? api.maraudePlans.publish(id) : api.maraudePlans.withdraw(id));
      render(plan);
      publication.ok(published ? 'Plan publié aux équipes.' : 'Plan revenu au brouillon : les équipes ne le voient plus.');
      onChange('maraude:' + id);
    } catch (e) {
      publication.error(describeError(published ? 'Publication' : 'Retour au brouillon', e));
    }
  }
  $('maraude-publier').addEventListener('click', () => setPublished(true));
  $('maraude-retirer').addEventListener('click', () => setPublished(false));

  function teamSection(plan, t) {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.borderColor = TEAM_COLOURS[t.index % TEAM_COLOURS.length];
    swatch.setAttribute('aria-hidden', 'true');
    const checked = t.stops.filter((s) => s.outcome).length;
    const summary = t.stops.length + ' étape(s)' + (t.distanceMetres ? ', ' + km(t.distanceMetres) : '')
      + (t.backAtBase ? ', retour ' + t.backAtBase : '') + (checked ? ', ' + checked + ' cochée(s)' : '');
    return el('section', {},
      el('h3', {}, swatch, ' ' + t.name),
      t.members.length ? el('p', { className: 'team-members', textContent: membersLine(t.members) }) : null,
      el('p', { textContent: summary }),
      t.lunchBreak ? el('p', { className: 'team-lunch', textContent: lunchLine(t.lunchBreak) + afterStop(t.lunchBreak) })
        : null,
      el('ol', { className: 'day' }, t.stops.map((s) => el('li', {},
        el('span', { className: 'time', textContent: s.arrival + (s.departure ? '–' + s.departure : '') }), ' ', s.name,
        s.waitMinutes > 0 ? el('span', { className: 'wait', textContent: frenchSpacing(' — attente ' + count(s.waitMinutes, 'minute')) }) : null,
        s.outcome ? el('span', { className: 'checked', textContent: ' — ✓ ' + OUTCOMES[s.outcome] }) : null))),
      el('p', { className: 'downloads' },
        linkButton(api.maraudePlans.gpxUrl(plan.id, t.id), 'Trajet GPX'),
        linkButton(api.maraudePlans.sheetUrl(plan.id, t.id), 'Feuille de route'),
        linkButton('/ma-journee.html?maraude=' + plan.id + '&equipe=' + encodeURIComponent(t.id)
          + '&jour=' + t.date, 'Ma journée')));
  }

  return { launch, open };
}

/** Where the break falls in the round: « (avant la 1re étape) », « (après l’étape 3) ». */
function afterStop(lunch) {
  return lunch.afterStops ? ' (après l’étape ' + lunch.afterStops + ')' : ' (avant la 1re étape)';
}
