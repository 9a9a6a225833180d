// Field view ("ma journée"): one person's or one team's day, in order, with times, the route on the map, the
// calendar and GPX downloads; printable; and at each permanence or stop, "Noter une rencontre". A maraude team
// checks off each of its stops (visited, nobody there, entry refused) and opens it in the phone's navigation app.
// Works from ?plan=&personne= or ?maraude=&equipe=, with &jour= for the day, or the last plans opened in this
// browser; the choice made on the page goes back into the address, so that a reload (even offline) returns to it.
import { api, describeError } from '../api.js';
import { createMap, register } from '../map.js';
import { HALF_DAYS, count, frenchSpacing, localIsoDate, longDate } from '../format.js';
import { fillTerritorySelect, loadCommunes } from '../territory.js';
import { communesLayer } from '../layers/communes.js';
import { routesLayer } from '../layers/routes.js';
import { teamsOf, routeFeatures, navigationLinks, membersLine, lunchLine, OUTCOMES, KINDS } from '../maraude.js';
import { statusArea } from '../ui/status.js';
import { encounterRecorder } from '../ui/encounter-form.js';
import { withdraw } from '../encounter-outbox.js';
import { setUpCalendarFeed } from '../ui/calendar-feed.js';
import { keepDayOffline } from '../ui/offline-day.js';
import { $, el, linkButton } from '../dom.js';
import { startPage } from '../page.js';

const params = new URLSearchParams(location.search);

startPage(async (session) => {
  keepDayOffline($('hors-ligne'));
  const me = await session;
  // A field worker linked to a staff record sees their own day (and the maraude teams); coordinators anyone's.
  const onlyMe = me && me.role === 'FIELD';
  const status = statusArea($('journee-statut'));
  const map = await createMap('carte', { label: 'Carte de ma journée' });
  const communes = register('communes', communesLayer());
  const routes = register('routes', routesLayer());
  communes.group.addTo(map);
  routes.group.addTo(map);

  const territorySelect = el('select');
  const territories = await fillTerritorySelect(territorySelect);
  if (territories.length) map.fitBounds((await loadCommunes(communes, territories[0])).bounds);

  // A field worker gets the plan the coordination published last; a coordinator previewing also gets the plan
  // they opened last, or the latest computed one.
  let planId = params.get('plan') || (onlyMe ? null : (JSON.parse(localStorage.getItem('allerVers.plan') || 'null') || {}).id);
  if (!planId && territories.length) {
    const plans = await api.permanencePlans.list(territories[0].id).catch(() => []);
    const newest = (list, key) => list.sort((a, b) => String(b[key]).localeCompare(String(a[key])))[0];
    const published = newest(plans.filter((p) => p.publishedAt), 'publishedAt');
    const done = onlyMe ? null : newest(plans.filter((p) => p.status === 'DONE'), 'createdAt');
    planId = (published || done || {}).id;
  }
  // The same for maraudes: a field account is only given published plans (the list leaves drafts out).
  let maraudeId = params.get('maraude') || (onlyMe ? null : localStorage.getItem('allerVers.maraude'));
  if (!maraudeId && territories.length) {
    const rounds = await api.maraudePlans.list(territories[0].id).catch(() => []);
    const done = rounds.filter((p) => p.status === 'DONE').sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    const published = done.filter((p) => p.publishedAt);
    if (published.length || done.length) maraudeId = (published[0] || done[0]).id;
  }
  const [plan, maraude, places] = await Promise.all([
    planId ? api.permanencePlans.get(planId).catch((e) => { status.error(describeError('Plan des permanences', e)); return null; }) : null,
    maraudeId ? api.maraudePlans.get(maraudeId).catch((e) => { status.error(describeError('Plan de maraude', e)); return null; }) : null,
    api.layer('places').catch(() => ({ features: [] })),
  ]);
  const placeAt = new Map(places.features.map((f) => [String(f.id), f.geometry.coordinates]));
  const draft = plan && !plan.publishedAt;
  const organisations = await api.organisations().catch(() => []);
  // The encounters this device noted at each permanence or stop, newest last: counted beside its button, and the
  // last one can be taken back (a wrong tap in the field).
  const noted = new Map();
  const recorder = encounterRecorder({ me, organisations, onRecorded: (target, result, encounter) => {
    noted.set(target.key, [...(noted.get(target.key) || []), encounter]);
    show();
    if (result.offline) {
      status.info('Pas de réseau : la rencontre est gardée sur cet appareil et partira dès le retour de la connexion.');
    } else {
      status.ok('Rencontre notée — ' + target.label + '.');
    }
  } });
  const today = localIsoDate(new Date());
  // A field worker linked to a staff record subscribes their phone's calendar to their published permanences.
  if (onlyMe && me.staffId) setUpCalendarFeed(me.staffId);
  function noteButton(target) {
    const button = el('button', { type: 'button', className: 'small no-print note', textContent: 'Noter une rencontre' });
    // A touch screen shows no tooltip: a disabled action says why beside it.
    const why = target.date > today ? el('span', { className: 'why', id: 'pourquoi-' + target.key.replace(/[^\w-]/g, '-'),
      textContent: 'Les rencontres se notent le jour même.' }) : null;
    if (why) {
      button.disabled = true;
      button.setAttribute('aria-describedby', why.id);
    }
    button.addEventListener('click', () => recorder.open(target));
    const mine = noted.get(target.key) || [];
    if (!mine.length) return [button, why];
    const undo = el('button', { type: 'button', className: 'small secondary no-print undo', textContent: 'Annuler la dernière' });
    undo.addEventListener('click', async () => {
      try {
        await withdraw(mine[mine.length - 1]);
        noted.set(target.key, mine.slice(0, -1));
        show();
        status.ok('Dernière rencontre annulée — ' + target.label + '.');
      } catch (e) {
        status.error(describeError('Annulation de la rencontre', e));
      }
    });
    return [button, el('span', { className: 'noted', textContent: ' ' + mine.length + ' notée(s) ici ' }), undo];
  }

  // A team checks off each of its own stops with what it found there; only the stops checked « visité » count for
  // the hotels' next visits and the funders' figures. Checking off asks first, in the page (a phone's pop-up is easy
  // to tap through); undoing is one tap, on the day it was checked (after that the coordination corrects it).
  let pending = null;
  const checkedTime = (instant) => new Date(instant).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });

  function checkOffControls(team, stop, date) {
    const box = el('div', { className: 'check-off no-print' });
    if (stop.outcome) {
      const sameDay = stop.checkedAt && localIsoDate(new Date(stop.checkedAt)) === today;
      box.append(el('p', { className: 'checked', textContent: frenchSpacing('✓ ' + OUTCOMES[stop.outcome].replace(/^./, (c) => c.toUpperCase())
        + ' — coché à ' + checkedTime(stop.checkedAt) + (sameDay ? '' : ' le ' + longDate(localIsoDate(new Date(stop.checkedAt))))) }));
      const undo = el('button', { type: 'button', className: 'secondary undo-check', textContent: 'Annuler' });
      if (onlyMe && !sameDay) {
        undo.disabled = true;
        box.append(undo, el('span', { className: 'why', textContent: 'Cochée un autre jour : seule la coordination peut la corriger.' }));
      } else {
        undo.addEventListener('click', () => undoCheckOff(team, stop));
        box.append(undo);
      }
      return box;
    }
    let reason = null;
    if (!maraude.publishedAt) reason = 'Plan en brouillon : les étapes se cochent une fois le plan publié.';
    else if (date > today) reason = 'Les étapes se cochent le jour du passage (' + longDate(date) + ').';
    const buttons = Object.entries(OUTCOMES).map(([outcome, words]) => {
      const button = el('button', { type: 'button', className: 'outcome secondary', textContent: words.replace(/^./, (c) => c.toUpperCase()) });
      button.dataset.outcome = outcome;
      button.disabled = Boolean(reason);
      button.addEventListener('click', () => { pending = { visitId: stop.visitId, outcome }; show(); });
      return button;
    });
    box.append(el('div', { className: 'outcomes', role: 'group', ariaLabel: 'Ce qui s’est passé à cette étape' }, buttons));
    if (reason) box.append(el('p', { className: 'why', textContent: frenchSpacing(reason) }));
    if (pending && pending.visitId === stop.visitId) {
      const yes = el('button', { type: 'button', className: 'confirm-yes', textContent: 'Confirmer' });
      const no = el('button', { type: 'button', className: 'secondary confirm-no', textContent: 'Revenir' });
      yes.addEventListener('click', () => checkOff(team, stop, pending.outcome, yes));
      no.addEventListener('click', () => { pending = null; show(); });
      box.append(el('div', { className: 'confirm', role: 'group', ariaLabel: 'Confirmation' },
        el('p', { textContent: frenchSpacing('Noter « ' + OUTCOMES[pending.outcome] + ' » pour ' + stop.name + ' ? '
          + (pending.outcome === 'VISITED' && stop.kind === 'HOTEL_115' ? 'L’hôtel comptera comme visité aujourd’hui.' : 'Vous pourrez annuler aujourd’hui.')) }),
        yes, ' ', no));
    }
    return box;
  }

  // The raw stop of the plan, where the server's answer is written back so that the page redraws it.
  function rawStop(visitId) {
    for (const round of maraude.teams) {
      const found = round.stops.find((s) => s.visitId === visitId);
      if (found) return found;
    }
    return null;
  }

  async function checkOff(team, stop, outcome, button) {
    button.disabled = true;
    try {
      const answer = await api.maraudePlans.checkOff(maraudeId, stop.visitId, team.id, outcome);
      Object.assign(rawStop(stop.visitId), { outcome: answer.outcome, checkedAt: answer.checkedAt });
      pending = null;
      teams = teamsOf(maraude);
      show();
      status.ok(frenchSpacing('Étape cochée : ' + stop.name + ' — ' + OUTCOMES[outcome] + '.'));
    } catch (e) {
      button.disabled = false;
      status.error(describeError('Étape ' + stop.name, e) + (e.status === 0 ? ' Rien n’est coché : réessayez une fois connecté.' : ''));
    }
  }

  async function undoCheckOff(team, stop) {
    try {
      await api.maraudePlans.undoCheckOff(maraudeId, stop.visitId, team.id);
      Object.assign(rawStop(stop.visitId), { outcome: null, checkedAt: null });
      teams = teamsOf(maraude);
      show();
      status.ok(frenchSpacing('Étape décochée : ' + stop.name + '.'));
    } catch (e) {
      status.error(describeError('Annulation de l’étape ' + stop.name, e));
    }
  }

  function stopDetail(stop) {
    const parts = [KINDS[stop.kind] || '', stop.address || ''].filter(Boolean);
    return parts.join(' · ');
  }

  function waitLine(stop) {
    if (!stop.waitMinutes || stop.waitMinutes < 1) return null;
    return el('p', { className: 'wait', textContent: frenchSpacing('Attente de ' + count(stop.waitMinutes, 'minute')
      + ' avant la visite (début à ' + stop.serviceStart + ').') });
  }

  function navigation(stop) {
    const [main, other] = navigationLinks(stop);
    return el('div', { className: 'navigate no-print' },
      el('a', { className: 'button nav-main', href: main.href, textContent: main.label }), ' ',
      el('a', { className: 'button secondary nav-other', href: other.href, textContent: other.label }));
  }

  // Who can be chosen: the professionals of the plan and the maraude teams.
  const who = $('journee-qui');
  const people = new Map();
  ((plan && plan.permanences) || []).forEach((p) => (p.staff || []).forEach((s) => {
    if (!onlyMe || s.id === me.staffId) people.set(String(s.id), s.label);
  }));
  let teams = maraude ? teamsOf(maraude) : [];
  const options = [...[...people.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'))
    .map(([id, label]) => new Option(label, 'personne:' + id)),
  ...[...new Map(teams.map((t) => [String(t.id), t.name])).entries()]
    .map(([id, name]) => new Option('Maraude — ' + name, 'equipe:' + id))];
  who.replaceChildren(...options);
  const asked = params.get('personne') ? 'personne:' + params.get('personne')
    : params.get('equipe') ? 'equipe:' + params.get('equipe') : null;
  if (asked && options.some((o) => o.value === asked)) who.value = asked;
  else if (me && me.staffId && people.has(String(me.staffId))) who.value = 'personne:' + me.staffId;

  if (!options.length) {
    $('journee-form').hidden = true;
    $('imprimer').hidden = true;
    status.info('Aucun planning à afficher : la coordination lance le plan depuis la vue Planification, '
      + 'puis vous envoie le lien de votre journée.');
    return;
  }

  function daysOf(choice) {
    const [kind, id] = choice.split(':');
    if (kind === 'equipe') return [...new Set(teams.filter((t) => String(t.id) === id).map((t) => t.date))].sort();
    return [...new Set(plan.permanences.filter((p) => (p.staff || []).some((s) => String(s.id) === id)).map((p) => p.date))].sort();
  }

  /** Puts who and which day into the address: a reload, or the copy kept for offline use, opens the same day. */
  function remember(kind, id, date) {
    const url = new URL(location.href);
    ['plan', 'personne', 'maraude', 'equipe', 'jour'].forEach((k) => url.searchParams.delete(k));
    if (planId) url.searchParams.set('plan', planId);
    if (maraudeId && maraude) url.searchParams.set('maraude', maraudeId);
    url.searchParams.set(kind, id);
    url.searchParams.set('jour', date);
    if (url.href !== location.href) history.replaceState(null, '', url);
  }

  if (params.get('jour')) $('journee-date').value = params.get('jour');

  // The person's own day as the server sees it (field account): cancellations, alerts to resolve, and what the
  // latest publication changed for them. A coordinator previewing someone's day reads the same from the plan (its
  // broken rules) and its changes against the version it re-plans. Either may be missing offline: the day still shows.
  const ownDay = new Map();
  let planChanges = null;
  async function extrasOf(id, date) {
    if (onlyMe && String(me.staffId) === id) {
      if (!ownDay.has(date)) ownDay.set(date, await api.permanencePlans.myDay(planId, date).catch(() => null));
      const day = ownDay.get(date);
      if (!day) return null;
      return { alerts: new Map(day.permanences.map((p) => [p.permanenceId, p.alerts || []])), changes: day.changes || [] };
    }
    if (onlyMe) return null;
    if (planChanges === null) {
      planChanges = plan.previousVersionId ? await api.permanencePlans.changes(planId).catch(() => ({ changes: [] })) : { changes: [] };
    }
    const alerts = new Map();
    (plan.brokenRules || []).filter((r) => (r.people || []).some((x) => String(x.id) === id)).forEach((r) =>
      (r.permanenceIds || []).forEach((pid) => alerts.set(pid, [...(alerts.get(pid) || []), r.message])));
    const concerns = (c) => (c.affected || []).some((x) => String(x.id) === id)
      && [c.before, c.after].some((snap) => snap && snap.date >= date);
    return { alerts, changes: planChanges.changes.filter(concerns) };
  }

  function showChanges(changes) {
    $('journee-changements').hidden = !changes.length;
    $('journee-changements-liste').replaceChildren(...changes.map((c) => el('li', { textContent: frenchSpacing(c.summary) })));
  }

  let shown = 0;
  async function show() {
    const mine_ = ++shown;
    const [kind, id] = who.value.split(':');
    const days = daysOf(who.value);
    if (!days.includes($('journee-date').value)) $('journee-date').value = days.find((d) => d >= today) || days[0] || today;
    remember(kind, id, $('journee-date').value);
    const date = $('journee-date').value;
    const list = $('journee-liste');
    list.replaceChildren();
    const links = $('journee-liens');
    links.replaceChildren();
    $('journee-tournee').hidden = true;
    $('journee-equipe').hidden = true;
    $('journee-brouillon').hidden = !(kind === 'personne' ? draft : maraude && !maraude.publishedAt);
    let steps = [];
    showChanges([]);
    if (kind === 'personne') {
      const extras = await extrasOf(id, date);
      // Another person or day was chosen while this one was being read: that choice draws the page.
      if (mine_ !== shown) return;
      showChanges(extras ? extras.changes : []);
      const mine = plan.permanences.filter((p) => p.date === date && (p.staff || []).some((s) => String(s.id) === id))
        .sort((a, b) => a.halfDay.localeCompare(b.halfDay));
      mine.forEach((p) => {
        const with_ = (p.staff || []).filter((s) => String(s.id) !== id).map((s) => s.label).join(', ') || 'seul·e';
        const at = placeAt.get(String(p.placeId));
        const cancelled = p.status === 'CANCELLED';
        // Nothing is met at a cancelled permanence: no encounter to note there.
        const actions = at && !cancelled ? noteButton({ key: 'permanence:' + p.id, context: 'PERMANENCE', contextId: p.id,
          label: p.placeName + ', ' + p.communeName, lon: at[0], lat: at[1], date,
          defaultTime: HALF_DAYS[p.halfDay].start }) : [];
        const alerts = cancelled || !extras ? [] : extras.alerts.get(p.id) || [];
        const li = item(list, HALF_DAYS[p.halfDay].start + '–' + HALF_DAYS[p.halfDay].end,
          frenchSpacing('Permanence : ') + p.placeName + ', ' + p.communeName, 'Avec ' + with_ + (p.vanId ? ' — ' + (p.vanLabel || 'camion ' + p.vanId) : ' — permanence fixe'),
          actions, [
            cancelled ? el('p', { className: 'cancelled-text', textContent: 'Annulée — '
              + (p.cancellation ? p.cancellation.reasonLabel : 'la coordination l’a annulée') }) : null,
            alerts.length ? el('ul', { className: 'alerts' }, alerts.map((a) => el('li', { textContent: frenchSpacing(a) }))) : null,
          ]);
        if (cancelled) li.classList.add('cancelled');
        if (cancelled) return;
        steps.push({ order: steps.length + 1, name: p.placeName, arrival: HALF_DAYS[p.halfDay].start,
          departure: HALF_DAYS[p.halfDay].end, lon: at && at[0], lat: at && at[1] });
      });
      routes.render(routeFeatures([{ index: 0, id, name: people.get(id), stops: steps, route: null }]));
      // A draft's calendar is not handed to the field: it may still change.
      if (!draft || !onlyMe) links.append(linkButton(api.permanencePlans.staffIcsUrl(planId, id), 'Mon agenda (.ics)'));
      const held = mine.filter((p) => p.status !== 'CANCELLED').length;
      $('journee-resume').textContent = frenchSpacing(people.get(id) + ' — ' + longDate(date) + ' : ' + count(held, 'permanence')
        + (held < mine.length ? ' (' + count(mine.length - held, 'annulée') + ')' : '') + '.');
    } else {
      // The team's round of that day (a plan may span several days).
      const team = teams.find((t) => t.id === id && t.date === date) || teams.find((t) => t.id === id);
      team.stops.forEach((s) => {
        const li = item(list, s.arrival + '–' + s.departure, s.name, stopDetail(s),
          noteButton({ key: 'maraude:' + maraudeId + ':' + team.id + ':' + s.order, context: 'MARAUDE',
            contextId: Number(maraudeId), label: s.name, lon: s.lon, lat: s.lat, date, defaultTime: s.arrival }),
          [waitLine(s), navigation(s), checkOffControls(team, s, team.date)]);
        li.dataset.visitId = s.visitId;
        if (s.outcome) li.dataset.outcome = s.outcome;
      });
      routes.render(routeFeatures([team]));
      links.append(linkButton(api.maraudePlans.gpxUrl(maraudeId, team.id), 'Trajet GPX'),
        linkButton(api.maraudePlans.sheetUrl(maraudeId, team.id), 'Feuille de route'));
      $('journee-resume').textContent = frenchSpacing(team.name + ' — ' + longDate(date) + ' : ' + count(team.stops.length, 'étape') + '.');
      // Who is on the round and when it breaks for lunch, as on the route sheet.
      const who_ = membersLine(team.members);
      const lunch = lunchLine(team.lunchBreak);
      $('journee-equipe').replaceChildren(...[who_, lunch].filter(Boolean).map((text) => el('p', { textContent: text })));
      $('journee-equipe').hidden = !(who_ || lunch);
      const checked = team.stops.filter((s) => s.outcome).length;
      $('journee-tournee').hidden = !team.stops.length;
      $('journee-tournee').replaceChildren(el('p', { className: 'check-summary', textContent: frenchSpacing(checked + ' étape(s) cochée(s) sur '
        + team.stops.length + (checked ? ', dont ' + team.stops.filter((s) => s.outcome === 'VISITED').length + ' visitée(s).' : '.')) }));
    }
    fitDay();
  }

  // Without map tiles the route is all there is to see: the view closes on the day's stops and lines, and a single
  // stop gets a street-level view instead of a lone dot at the scale of the territory.
  function fitDay() {
    map.invalidateSize();
    if (!routes.count()) return;
    const bounds = routes.bounds();
    if (!bounds.isValid()) return;
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), 16);
    else map.fitBounds(bounds.pad(0.2), { maxZoom: 16 });
  }

  who.addEventListener('change', show);
  $('journee-date').addEventListener('change', show);
  show();
});

function item(list, time, title, detail, actions = [], extra = []) {
  const li = el('li', {}, el('span', { className: 'time', textContent: time }), ' ', el('strong', { textContent: title }),
    detail ? el('div', { className: 'detail', textContent: detail }) : null,
    extra,
    actions.filter(Boolean).length ? el('div', { className: 'actions no-print' }, actions) : null);
  list.append(li);
  return li;
}

$('imprimer').addEventListener('click', () => window.print());
