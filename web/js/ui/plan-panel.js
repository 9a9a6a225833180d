// The permanence plan panel of the planning page: launch, follow live (SSE, with polling as the safety net),
// calendar, pin, move by hand (dialog or drag and drop, both checked first with the move preview), quality in
// words, broken rules, explanation, exports, publication to the field, re-plan.
import { api, describeError } from '../api.js';
import { $, el, linkButton } from '../dom.js';
import { addDays, frenchSpacing, HALF_DAYS, longDate, moment } from '../format.js';
import { planCalendar, peopleOf } from './calendar.js';
import { renderBrokenRules, renderQuality, ruleEntry } from './plan-quality.js';
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

  const moveStatus = statusArea($('calendrier-statut'));
  const calendar = planCalendar($('calendrier'), { onPin: pin, onMove: openMove, onSelect: select, onDrop: dropped,
    onCancel: cancel, onRestore: restore, onView: (label) => { $('cal-periode').textContent = label; } });

  function render() {
    const plan = state.plan;
    if (!plan) return;
    const solving = plan.status === 'SOLVING';
    $('plan-progression').hidden = !solving;
    $('calendrier-bloc').hidden = false;
    $('calendrier-titre-periode').textContent = '— ' + periodOf(plan);
    renderQuality($('plan-qualite'), plan);
    fillPeople(plan);
    calendar.render(plan, { readOnly: solving });
    layers.permanences.render(toFeatures(plan, places.locate));
    $('plan-regles-bloc').hidden = solving;
    renderBrokenRules($('plan-regles'), plan.brokenRules, { score: plan.score, onShow: show });
    $('plan-expliquer').hidden = solving;
    renderExports(plan);
    renderPublication(plan);
    if (plan.status === 'DONE') status.ok('Plan calculé : ' + (plan.permanences || []).length + ' permanences.');
    if (plan.status === 'FAILED') status.error('Le calcul du plan a échoué' + (plan.failure ? ' : ' + plan.failure : '.'));
  }

  const periodOf = (plan) => 'du ' + longDate(plan.from) + ' au ' + longDate(plan.to);

  // « Vue par personne »: the plan's people; the choice is kept while the same people are in the plan.
  function fillPeople(plan) {
    const select = $('cal-personne');
    const chosen = select.value;
    const people = peopleOf(plan.permanences || []);
    select.replaceChildren(new Option('Toute l’équipe', ''), ...people.map((p) => new Option(p.label, p.id)));
    select.value = people.some((p) => String(p.id) === chosen) ? chosen : '';
    if (select.value !== calendar.person) calendar.setPerson(select.value);
  }

  /** A broken rule clicked: its permanence on the calendar and on the map. */
  function show(permanenceId) {
    const p = calendar.highlight(permanenceId);
    if (p) select(p, { scroll: false });
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
    if (published) $('plan-publier-confirmation').hidden = true;
  }

  /**
   * « Publier » asks first, in the page: what publishing changes for the field and who is affected (the server's
   * publication preview), then « Publier » or « Revenir ».
   */
  async function confirmPublication() {
    const box = $('plan-publier-confirmation');
    $('plan-publier').disabled = true;
    try {
      const preview = await api.permanencePlans.publicationPreview(state.id);
      const yes = el('button', { type: 'button', className: 'confirm-yes', textContent: 'Publier' });
      const no = el('button', { type: 'button', className: 'secondary confirm-no', textContent: 'Revenir' });
      yes.addEventListener('click', async () => {
        yes.disabled = true;
        box.hidden = true;
        await publication(true);
      });
      no.addEventListener('click', () => { box.hidden = true; status.info('Publication annulée : rien n’a changé.'); });
      const changes = preview.changes || [];
      box.replaceChildren(el('p', { className: 'preview-message', textContent: frenchSpacing(preview.message) }),
        changes.length ? el('details', { open: changes.length <= 10 },
          el('summary', { textContent: 'Changements (' + changes.length + ')' }),
          el('ul', { className: 'preview-changes' }, changes.map((c) => el('li', { textContent: frenchSpacing(c.summary) })))) : null,
        (preview.people || []).length ? el('p', { className: 'preview-people', textContent: frenchSpacing('Personnes concernées : '
          + preview.people.map((x) => x.label).join(', ') + '.') }) : null,
        el('p', {}, yes, ' ', no));
      box.hidden = false;
      yes.focus();
    } catch (e) {
      status.error(describeError('Publication', e));
    } finally {
      $('plan-publier').disabled = false;
    }
  }

  /** @returns {Promise<boolean>} whether the permanence was cancelled (the card's panel then closes). */
  async function cancel(p, reason, comment) {
    try {
      state.plan = await api.permanencePlans.cancel(state.id, p.id, reason, comment);
      render();
      const done = (state.plan.permanences || []).find((x) => x.id === p.id);
      moveStatus.ok(frenchSpacing('Permanence annulée : ' + p.placeName + ', ' + longDate(p.date) + ' '
        + HALF_DAYS[p.halfDay].label + (done && done.cancellation ? ' — ' + done.cancellation.reasonLabel : '') + '.'));
      onChange(state.id);
      return true;
    } catch (e) {
      moveStatus.error(describeError('Annulation de la permanence', e));
      return false;
    }
  }

  async function restore(p) {
    try {
      state.plan = await api.permanencePlans.restore(state.id, p.id);
      render();
      moveStatus.ok(frenchSpacing('Permanence rétablie : ' + p.placeName + ', ' + longDate(p.date) + ' '
        + HALF_DAYS[p.halfDay].label + '.'));
      onChange(state.id);
    } catch (e) {
      moveStatus.error(describeError('Rétablissement de la permanence', e));
    }
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
      moveStatus.ok(pinned ? 'Permanence épinglée : elle ne bougera plus au prochain calcul.' : 'Permanence désépinglée.');
      await refresh();
    } catch (e) {
      moveStatus.error(describeError('Épinglage', e));
    }
  }

  // The rules a move would break, asked of the server before anything is written (the same checks as the move).
  async function preview(p, change) {
    return api.permanencePlans.previewMove(state.id, p.id, change);
  }

  function warningNodes(answer) {
    const introduced = (answer.introduced || []).map((b) => ruleEntry(b));
    const resolved = (answer.resolved || []).map((b) => ruleEntry(b));
    const nodes = [];
    if (introduced.length) {
      nodes.push(el('p', { className: 'warning-title', textContent: frenchSpacing(answer.hardRulesIntroduced
        ? 'Ce déplacement enfreindrait une règle impérative :' : 'Ce déplacement manquerait un objectif :') }),
      el('ul', {}, introduced.map((e) => el('li', { className: e.hard ? 'hard' : 'medium', textContent: frenchSpacing(e.text) }))));
    } else {
      nodes.push(el('p', { className: 'ok-text', textContent: 'Ce déplacement n’enfreint aucune nouvelle règle.' }));
    }
    if (resolved.length) {
      nodes.push(el('p', { textContent: frenchSpacing('Il réglerait : ' + resolved.map((e) => e.text).join(' ; ')) }));
    }
    return nodes;
  }

  /**
   * The move dialog, also opened after a drop that would break a hard rule (`target`: where it was dropped). The
   * rules the move would break are shown before it is made, and again whenever the day, half-day or place changes.
   */
  function openMove(p, target = null, answer = null) {
    const dialog = $('deplacer');
    $('deplacer-quoi').textContent = p.placeName + ' — ' + p.communeName + ', ' + longDate(p.date) + ' '
      + HALF_DAYS[p.halfDay].label;
    $('deplacer-date').value = target ? target.date : p.date;
    $('deplacer-date').min = state.plan.from;
    $('deplacer-date').max = state.plan.to;
    $('deplacer-demi').value = target ? target.halfDay : p.halfDay;
    const select = $('deplacer-lieu');
    select.replaceChildren(...places.list().map((x) => new Option(x.name + ' (' + x.communeName + ')', x.id)));
    select.value = p.placeId;
    const change = () => ({ date: $('deplacer-date').value, halfDay: $('deplacer-demi').value, placeId: Number(select.value) });
    const alerts = $('deplacer-alertes');
    const submit = $('deplacer-valider');
    let asked = 0;
    const check = async (known) => {
      const mine = ++asked;
      submit.textContent = 'Déplacer';
      const wanted = change();
      if (wanted.date === p.date && wanted.halfDay === p.halfDay && wanted.placeId === p.placeId) {
        alerts.replaceChildren();
        return;
      }
      alerts.replaceChildren(el('p', { className: 'hint', textContent: 'Vérification des règles…' }));
      try {
        const found = known || await preview(p, wanted);
        if (mine !== asked) return;
        alerts.replaceChildren(...warningNodes(found));
        if (found.hardRulesIntroduced) submit.textContent = 'Déplacer quand même';
      } catch (e) {
        if (mine === asked) alerts.replaceChildren(el('p', { className: 'error-text', textContent: frenchSpacing(describeError('Vérification', e)) }));
      }
    };
    ['deplacer-date', 'deplacer-demi', 'deplacer-lieu'].forEach((id) => { $(id).onchange = () => check(); });
    dialog.onclose = async () => {
      asked++;
      if (dialog.returnValue !== 'ok') {
        if (target) moveStatus.info('Déplacement annulé : rien n’a changé.');
        return;
      }
      await move(p, change());
    };
    check(answer);
    // Escape closes without a button: the last choice must not be taken for this one.
    dialog.returnValue = '';
    dialog.showModal();
  }

  async function move(p, change) {
    try {
      const answer = await api.permanencePlans.move(state.id, p.id, change);
      await refresh();
      const broken = (answer.brokenRules || []).map((r) => ruleEntry(r).text);
      if (broken.length) {
        moveStatus.error('Permanence déplacée au ' + longDate(change.date) + ' ' + HALF_DAYS[change.halfDay].label
          + '. Règles enfreintes : ' + broken.join(' ; '));
      } else {
        moveStatus.ok('Permanence déplacée au ' + longDate(change.date) + ' ' + HALF_DAYS[change.halfDay].label
          + ', aucune règle enfreinte.');
      }
    } catch (e) {
      moveStatus.error(describeError('Déplacement', e));
    }
  }

  /** A card dropped on another half-day: checked first; a hard rule broken asks for confirmation in the dialog. */
  async function dropped(p, target) {
    const change = { date: target.date, halfDay: target.halfDay, placeId: p.placeId };
    moveStatus.info('Vérification du déplacement…');
    let answer;
    try {
      answer = await preview(p, change);
    } catch (e) {
      moveStatus.error(describeError('Déplacement', e));
      return;
    }
    if (answer.hardRulesIntroduced) {
      moveStatus.info('Ce déplacement enfreindrait une règle impérative : confirmez ou annulez.');
      openMove(p, target, answer);
      return;
    }
    await move(p, change);
  }

  function select(p, { scroll = true } = {}) {
    const marker = layers.permanences.get(p.placeId);
    if (marker) {
      if (scroll) $('carte').scrollIntoView({ block: 'nearest' });
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
  $('plan-publier').addEventListener('click', confirmPublication);
  $('plan-retirer').addEventListener('click', () => publication(false));
  $('plan-recalculer').addEventListener('click', replan);
  const setMode = (mode) => {
    calendar.setMode(mode);
    $('vue-semaine').setAttribute('aria-pressed', String(mode === 'week'));
    $('vue-mois').setAttribute('aria-pressed', String(mode === 'month'));
    $('vue-semaine').classList.toggle('secondary', mode !== 'week');
    $('vue-mois').classList.toggle('secondary', mode !== 'month');
  };
  $('vue-semaine').addEventListener('click', () => setMode('week'));
  $('vue-mois').addEventListener('click', () => setMode('month'));
  $('cal-precedent').addEventListener('click', () => calendar.previous());
  $('cal-suivant').addEventListener('click', () => calendar.next());
  $('cal-personne').addEventListener('change', () => calendar.setPerson($('cal-personne').value));
  $('cal-imprimer').addEventListener('click', () => window.print());
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
    nodes.push(el('h4', { textContent: 'Règles enfreintes' }), list(explanation.brokenRules, (rule) => ruleEntry(rule).text));
  }
  if (explanation.daysOff && explanation.daysOff.length) {
    nodes.push(el('h4', { textContent: 'Jours sans permanence' }), list(explanation.daysOff, (day) => day));
  }
  if (!nodes.length) nodes.push(el('p', { textContent: 'Rien à signaler.' }));
  return nodes;
}
