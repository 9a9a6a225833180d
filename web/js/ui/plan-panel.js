// The permanence plan panel of the planning page: launch, follow live (SSE, with polling as the safety net),
// calendar, pin, move by hand, broken rules, explanation, exports, publication to the field, re-plan.
import { api, describeError } from '../api.js';
import { $, el, linkButton } from '../dom.js';
import { addDays, moment } from '../format.js';
import { renderCalendar, renderBrokenRules, brokenRuleText } from './calendar.js';
import { statusArea } from './status.js';
import { toFeatures } from '../layers/permanences.js';

const POLL_MS = 1500;

/**
 * Reads and draws one plan at a time (state.plan: a PermanencePlan of api-shapes.js).
 * @param onChange (id) after a plan is opened or launched, published, withdrawn, re-planned or done solving.
 */
export function planPanel({ map, layers, territory, places, onChange = () => {} }) {
  const status = statusArea($('plan-statut'));
  const state = { id: null, plan: null, events: null, timer: null };

  function render() {
    const plan = state.plan;
    if (!plan) return;
    const solving = plan.status === 'SOLVING';
    $('plan-progression').hidden = !solving;
    $('plan-score').textContent = plan.score ? 'Score : ' + plan.score : '';
    renderCalendar($('calendrier'), plan, { from: plan.from, to: plan.to, onPin: pin, onMove: openMove, onSelect: select,
      readOnly: solving });
    layers.permanences.render(toFeatures(plan, places.locate));
    $('plan-regles-bloc').hidden = solving;
    renderBrokenRules($('plan-regles'), plan.brokenRules);
    $('plan-expliquer').hidden = solving;
    renderExports(plan);
    renderPublication(plan);
    if (plan.status === 'DONE') status.ok('Plan calculé : ' + (plan.permanences || []).length + ' permanences.');
    if (plan.status === 'FAILED') status.error('Le calcul du plan a échoué' + (plan.failure ? ' : ' + plan.failure : '.'));
  }

  function renderExports(plan) {
    const box = $('plan-exports');
    box.replaceChildren();
    if (plan.status === 'SOLVING') { box.hidden = true; return; }
    box.append(linkButton(api.permanencePlans.csvUrl(state.id), 'Exporter en CSV'));
    const staff = new Map(), vans = new Map();
    (plan.permanences || []).forEach((p) => {
      (p.staff || []).forEach((s) => staff.set(s.id, s.label));
      if (p.vanId) vans.set(p.vanId, p.vanLabel || 'n° ' + p.vanId);
    });
    vans.forEach((label, v) => box.append(linkButton(api.permanencePlans.vanIcsUrl(state.id, v), 'Agenda du camion ' + label + ' (.ics)')));
    const list = el('ul', {}, [...staff].map(([id, label]) => el('li', {},
      linkButton(api.permanencePlans.staffIcsUrl(state.id, id), 'Agenda .ics'), ' ',
      el('a', { href: '/ma-journee.html?plan=' + state.id + '&personne=' + id, textContent: label }))));
    if (staff.size) {
      box.append(el('details', {}, el('summary', { textContent: 'Agendas des professionnels (' + staff.size + ')' }), list));
    }
    box.hidden = false;
  }

  // A draft until published: only then do field accounts find it in « Ma journée » and download their calendar.
  function renderPublication(plan) {
    const solving = plan.status === 'SOLVING';
    $('plan-publication').hidden = solving || plan.status === 'FAILED';
    const published = Boolean(plan.publishedAt);
    $('plan-publication-etat').textContent = published
      ? 'Publié le ' + moment(plan.publishedAt)
        + ' : les équipes le voient dans « Ma journée » et leurs agendas. Vos modifications leur parviennent aussitôt.'
      : 'Brouillon : les équipes ne le voient pas encore.';
    $('plan-publier').hidden = published;
    $('plan-retirer').hidden = !published;
  }

  async function publication(publish) {
    try {
      state.plan = await (publish ? api.permanencePlans.publish(state.id) : api.permanencePlans.withdraw(state.id));
      render();
      onChange(state.id);
      if (publish) status.ok('Plan publié : les équipes le voient dans « Ma journée » et peuvent télécharger leur agenda.');
      else status.info('Plan repassé en brouillon : les équipes ne le voient plus.');
    } catch (e) {
      status.error(describeError(publish ? 'Publication' : 'Retrait de la publication', e));
    }
  }

  // A published plan is re-planned as a new draft version: the teams keep the published one until it is published.
  async function replan() {
    const published = Boolean(state.plan && state.plan.publishedAt);
    if (published && !confirm('Ce plan est publié : les équipes continueront de voir la version publiée. '
      + 'Le nouveau calcul en fera une nouvelle version en brouillon, à publier une fois vérifiée. Lancer le calcul ?')) return;
    try {
      const { id } = await api.permanencePlans.replan(state.id, undefined, published);
      if (String(id) !== String(state.id)) { open(id); return; }
      watch();
      onChange(state.id);
    } catch (e) {
      status.error(describeError('Nouveau calcul', e));
    }
  }

  // Progress events and the polling timer both ask for the plan; one request at a time is enough.
  let inFlight = null;
  function refresh() {
    if (!inFlight) inFlight = load().finally(() => { inFlight = null; });
    return inFlight;
  }

  async function load() {
    try {
      const id = state.id;
      const before = state.plan && String(state.plan.id) === String(id) ? state.plan.status : null;
      const plan = await api.permanencePlans.get(id);
      // Another plan was opened while this one was being read: drop the late answer.
      if (String(id) !== String(state.id)) return;
      state.plan = plan;
      render();
      if (state.plan.status !== 'SOLVING') stopWatching();
      if (before && before !== state.plan.status) onChange(state.id);
    } catch (e) {
      stopWatching();
      if (e.status === 404) localStorage.removeItem('allerVers.plan');
      status.error(describeError('Lecture du plan', e));
    }
  }

  function watch() {
    stopWatching();
    $('plan-progression').hidden = false;
    status.info('Calcul du plan en cours : le calendrier se met à jour au fil des améliorations.');
    try {
      state.events = new EventSource(api.permanencePlans.eventsUrl(state.id));
      // Each `progress` event carries a PlanProgress; the permanences come with the plan itself.
      state.events.addEventListener('progress', (e) => {
        const progress = JSON.parse(e.data);
        if (progress.score) $('plan-score').textContent = 'Score : ' + progress.score;
        refresh();
      });
      state.events.onerror = () => { if (state.events) state.events.close(); state.events = null; };
    } catch (e) {
      state.events = null;
    }
    state.timer = setInterval(refresh, POLL_MS);
    refresh();
  }

  function stopWatching() {
    if (state.events) state.events.close();
    state.events = null;
    clearInterval(state.timer);
    state.timer = null;
    $('plan-progression').hidden = true;
  }

  async function launch(from, weeks, seconds) {
    status.info('Envoi de la demande de plan…');
    try {
      const { id } = await api.permanencePlans.start(territory().id, from, addDays(from, weeks * 7 - 1), seconds);
      open(id);
    } catch (e) {
      status.error(describeError('Lancement du plan', e));
    }
  }

  /** Shows the plan and follows it while it is solved; this browser reopens it next time (« Ma journée » too). */
  function open(id) {
    state.id = id;
    localStorage.setItem('allerVers.plan', JSON.stringify({ id }));
    const url = new URL(location.href);
    url.searchParams.set('plan', id);
    history.replaceState(null, '', url);
    watch();
    onChange(id);
  }

  async function pin(p, pinned) {
    try {
      await (pinned ? api.permanencePlans.pin(state.id, p.id) : api.permanencePlans.unpin(state.id, p.id));
      status.ok(pinned ? 'Permanence épinglée : elle ne bougera plus au prochain calcul.' : 'Permanence désépinglée.');
      await refresh();
    } catch (e) {
      status.error(describeError('Épinglage', e));
    }
  }

  function openMove(p) {
    const dialog = $('deplacer');
    $('deplacer-quoi').textContent = p.placeName + ' — ' + p.communeName;
    $('deplacer-date').value = p.date;
    $('deplacer-demi').value = p.halfDay;
    const select = $('deplacer-lieu');
    select.replaceChildren(...places.list().map((x) => new Option(x.name + ' (' + x.commune + ')', x.id)));
    select.value = p.placeId;
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'ok') return;
      const change = { date: $('deplacer-date').value, halfDay: $('deplacer-demi').value, placeId: Number(select.value) };
      try {
        const answer = await api.permanencePlans.move(state.id, p.id, change);
        await refresh();
        const broken = answer.brokenRules;
        if (broken.length) {
          status.error('Permanence déplacée. Règles enfreintes : ' + broken.map(brokenRuleText).join(' ; '));
        } else {
          status.ok('Permanence déplacée, aucune règle enfreinte.');
        }
      } catch (e) {
        status.error(describeError('Déplacement', e));
      }
    };
    dialog.showModal();
  }

  function select(p) {
    const marker = layers.permanences.get(p.placeId);
    if (marker) {
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 14));
      marker.openPopup();
    }
  }

  async function explain() {
    const box = $('explication');
    try {
      const explanation = await api.permanencePlans.explanation(state.id);
      box.replaceChildren(...explanationNodes(explanation));
      $('explication-bloc').hidden = false;
      $('titre-explication').scrollIntoView({ block: 'nearest' });
    } catch (e) {
      status.error(describeError('Explication du plan', e));
    }
  }

  $('plan-expliquer').addEventListener('click', explain);
  $('plan-publier').addEventListener('click', () => publication(true));
  $('plan-retirer').addEventListener('click', () => publication(false));
  $('plan-recalculer').addEventListener('click', replan);
  return { launch, open, refresh, get state() { return state; } };
}

/** @param {import('../api-shapes.js').PlanExplanation} explanation */
function explanationNodes(explanation) {
  const nodes = [];
  const list = (items, text) => el('ul', {}, items.map((i) => el('li', { textContent: text(i) })));
  const withIssues = (item) => item.sentence + (item.issues.length ? ' — ' + item.issues.join(' ; ') : '');
  if (explanation.communes.length) {
    nodes.push(el('h4', { textContent: 'Par commune' }), list(explanation.communes, withIssues));
  }
  const toReview = explanation.permanences.filter((p) => p.issues.length);
  if (toReview.length) {
    nodes.push(el('h4', { textContent: 'Permanences à revoir' }), list(toReview, withIssues));
  }
  if (explanation.brokenRules.length) {
    nodes.push(el('h4', { textContent: 'Règles enfreintes' }), list(explanation.brokenRules, brokenRuleText));
  }
  if (!nodes.length) nodes.push(el('p', { textContent: 'Rien à signaler.' }));
  return nodes;
}
