// The permanence plan panel of the planning page: launch, follow live (SSE, with polling as the safety net),
// calendar, pin, move by hand, broken rules, explanation, exports, publication to the field, re-plan.
import { api, describeError } from './api.js';
import { addDays, moment } from './format.js';
import { renderCalendar, renderBrokenRules, ruleText } from './ui/calendar.js';
import { statusArea } from './ui/status.js';
import { toFeatures } from './layers/permanences.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 1500;

/** @param onChange (id) after a plan is opened or launched, published, withdrawn, re-planned or done solving. */
export function planView({ map, layers, territory, places, onChange = () => {} }) {
  const status = statusArea($('plan-statut'));
  const state = { id: null, plan: null, from: null, to: null, events: null, timer: null };

  function render() {
    const plan = state.plan;
    if (!plan) return;
    const solving = plan.status === 'SOLVING';
    $('plan-progression').hidden = !solving;
    $('plan-score').textContent = plan.score ? 'Score : ' + plan.score : '';
    const from = plan.from || state.from || firstDate(plan), to = plan.to || state.to || lastDate(plan);
    if (from && to) {
      renderCalendar($('calendrier'), plan, { from, to, onPin: pin, onMove: openMove, onSelect: select, readOnly: solving });
    }
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
    const link = (href, text) => Object.assign(document.createElement('a'), { href, textContent: text, className: 'button secondary' });
    box.append(link(api.permanencePlans.csvUrl(state.id), 'Exporter en CSV'));
    const staff = new Map(), vans = new Map();
    (plan.permanences || []).forEach((p) => {
      (p.staff || []).forEach((s) => staff.set(s.id, s.label));
      if (p.vanId) vans.set(p.vanId, p.vanLabel || 'n° ' + p.vanId);
    });
    vans.forEach((label, v) => box.append(link(api.permanencePlans.vanIcsUrl(state.id, v), 'Agenda du camion ' + label + ' (.ics)')));
    const list = document.createElement('ul');
    staff.forEach((label, id) => {
      const li = document.createElement('li');
      li.append(link(api.permanencePlans.staffIcsUrl(state.id, id), 'Agenda .ics'), ' ',
        Object.assign(document.createElement('a'), { href: '/ma-journee.html?plan=' + state.id + '&personne=' + id, textContent: label }));
      list.append(li);
    });
    if (staff.size) {
      const details = document.createElement('details');
      details.append(Object.assign(document.createElement('summary'), { textContent: 'Agendas des professionnels (' + staff.size + ')' }), list);
      box.append(details);
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

  async function replan() {
    try {
      await api.permanencePlans.replan(state.id);
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
      const onEvent = (e) => {
        try {
          const data = JSON.parse(e.data);
          if (data.score) $('plan-score').textContent = 'Score : ' + data.score;
        } catch (ignored) { /* a plain-text event is only a signal */ }
        refresh();
      };
      state.events.onmessage = onEvent;
      ['progress', 'best-solution', 'bestSolution', 'score', 'status', 'done', 'solved'].forEach((n) => state.events.addEventListener(n, onEvent));
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
    state.from = from;
    state.to = addDays(from, weeks * 7 - 1);
    status.info('Envoi de la demande de plan…');
    try {
      const { id } = await api.permanencePlans.start(territory().id, state.from, state.to, seconds);
      open(id, { from: state.from, to: state.to });
    } catch (e) {
      status.error(describeError('Lancement du plan', e));
    }
  }

  function open(id, range) {
    state.id = id;
    if (range) { state.from = range.from; state.to = range.to; }
    localStorage.setItem('allerVers.plan', JSON.stringify({ id, from: state.from, to: state.to }));
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
        const broken = (answer && answer.brokenRules) || (state.plan && state.plan.brokenRules) || [];
        if (broken.length) {
          status.error('Permanence déplacée. Règles enfreintes : ' + broken.map(ruleText).join(' ; '));
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

function explanationNodes(explanation) {
  if (typeof explanation === 'string') return [Object.assign(document.createElement('p'), { textContent: explanation })];
  const nodes = [];
  const list = (items, text) => {
    const ul = document.createElement('ul');
    items.forEach((i) => ul.append(Object.assign(document.createElement('li'), { textContent: text(i) })));
    return ul;
  };
  if (explanation.summary) nodes.push(Object.assign(document.createElement('p'), { textContent: explanation.summary }));
  if (explanation.communes && explanation.communes.length) {
    nodes.push(Object.assign(document.createElement('h4'), { textContent: 'Par commune' }));
    nodes.push(list(explanation.communes, (c) => (typeof c === 'string' ? c
      : c.sentence + ((c.issues || []).length ? ' — ' + c.issues.join(' ; ') : ''))));
  }
  const withIssues = (explanation.permanences || []).filter((p) => typeof p === 'string' || (p.issues || []).length);
  if (withIssues.length) {
    nodes.push(Object.assign(document.createElement('h4'), { textContent: 'Permanences à revoir' }));
    nodes.push(list(withIssues, (p) => (typeof p === 'string' ? p : p.sentence + ' — ' + p.issues.join(' ; '))));
  }
  if (explanation.brokenRules && explanation.brokenRules.length) {
    nodes.push(Object.assign(document.createElement('h4'), { textContent: 'Règles enfreintes' }));
    nodes.push(list(explanation.brokenRules, ruleText));
  }
  if (!nodes.length) nodes.push(Object.assign(document.createElement('p'), { textContent: 'Rien à signaler.' }));
  return nodes;
}

const firstDate = (plan) => (plan.permanences || []).map((p) => p.date).sort()[0] || plan.from;
const lastDate = (plan) => (plan.permanences || []).map((p) => p.date).sort().pop() || plan.to;
