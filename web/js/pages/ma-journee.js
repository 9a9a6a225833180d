// Field view ("ma journée"): one person's or one team's day, in order, with times, the route on the map, the
// calendar and GPX downloads; printable; and at each permanence or stop, "Noter une rencontre". Works from
// ?plan=&personne= or ?maraude=&equipe=, or the last plans opened in this browser.
import { api, describeError } from '../api.js';
import { createMap, register } from '../map.js';
import { HALF_DAYS, count, frenchSpacing, localIsoDate, longDate, moment } from '../format.js';
import { fillTerritorySelect, loadCommunes } from '../territory.js';
import { communesLayer } from '../layers/communes.js';
import { routesLayer } from '../layers/routes.js';
import { teamsOf, routeFeatures } from '../maraude.js';
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
  let maraudeId = params.get('maraude') || localStorage.getItem('allerVers.maraude');
  if (!maraudeId && territories.length) {
    const rounds = await api.maraudePlans.list(territories[0].id).catch(() => []);
    const done = rounds.filter((p) => p.status === 'DONE').sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    if (done.length) maraudeId = done[0].id;
  }
  const [plan, maraude, places] = await Promise.all([
    planId ? api.permanencePlans.get(planId).catch((e) => { status.error(describeError('Plan des permanences', e)); return null; }) : null,
    maraudeId ? api.maraudePlans.get(maraudeId).catch(() => null) : null,
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
    if (target.date > today) {
      button.disabled = true;
      button.title = 'Les rencontres se notent le jour même.';
    }
    button.addEventListener('click', () => recorder.open(target));
    const mine = noted.get(target.key) || [];
    if (!mine.length) return [button];
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

  // The team says the round is done: the 115 hotels of the whole maraude plan (every team) then count as visited,
  // for the next plans and the funders' coverage. The server takes it before the day too and keeps the first date
  // when told twice, so the button waits for the plan's last day and turns into the date once done.
  function renderCarriedOut() {
    const box = $('journee-tournee');
    box.hidden = false;
    if (maraude.carriedOutAt) {
      box.replaceChildren(el('p', { className: 'carried-out',
        textContent: 'Tournée effectuée le ' + moment(maraude.carriedOutAt) + '.' }));
      return;
    }
    const button = el('button', { type: 'button', id: 'tournee-effectuee', className: 'no-print',
      textContent: 'Tournée effectuée' });
    const parts = [button];
    const lastDay = [...maraude.dates].sort().pop();
    if (lastDay && lastDay > today) {
      button.disabled = true;
      parts.push(el('p', { className: 'hint no-print',
        textContent: 'À déclarer une fois la tournée faite, à partir du ' + longDate(lastDay) + '.' }));
    }
    button.addEventListener('click', async () => {
      const others = teams.some((t) => t.id !== who.value.split(':')[1]);
      if (!confirm('Déclarer la tournée effectuée ?\n\nLes hôtels 115 de ce plan de maraude'
        + (others ? ' (toutes équipes comprises)' : '') + ' compteront comme visités au jour de la tournée : les prochains '
        + 'plans et la couverture des financeurs en tiendront compte. Cela ne peut pas être annulé.')) return;
      button.disabled = true;
      try {
        maraude.carriedOutAt = (await api.maraudePlans.carriedOut(maraudeId)).carriedOutAt;
        renderCarriedOut();
        status.ok('Tournée enregistrée comme effectuée : ses hôtels 115 comptent comme visités.');
      } catch (e) {
        button.disabled = false;
        status.error(describeError('Tournée effectuée', e));
      }
    });
    box.replaceChildren(...parts);
  }

  // Who can be chosen: the professionals of the plan and the maraude teams.
  const who = $('journee-qui');
  const people = new Map();
  ((plan && plan.permanences) || []).forEach((p) => (p.staff || []).forEach((s) => {
    if (!onlyMe || s.id === me.staffId) people.set(String(s.id), s.label);
  }));
  const teams = maraude ? teamsOf(maraude) : [];
  const options = [...[...people.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'))
    .map(([id, label]) => new Option(label, 'personne:' + id)),
  ...[...new Map(teams.map((t) => [String(t.id), t.name])).entries()]
    .map(([id, name]) => new Option('Maraude — ' + name, 'equipe:' + id))];
  who.replaceChildren(...options);
  if (params.get('personne')) who.value = 'personne:' + params.get('personne');
  else if (params.get('equipe')) who.value = 'equipe:' + params.get('equipe');
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

  function show() {
    const [kind, id] = who.value.split(':');
    const days = daysOf(who.value);
    if (!days.includes($('journee-date').value)) $('journee-date').value = days.find((d) => d >= today) || days[0] || today;
    const date = $('journee-date').value;
    const list = $('journee-liste');
    list.replaceChildren();
    const links = $('journee-liens');
    links.replaceChildren();
    $('journee-tournee').hidden = true;
    let steps = [];
    if (kind === 'personne') {
      const mine = plan.permanences.filter((p) => p.date === date && (p.staff || []).some((s) => String(s.id) === id))
        .sort((a, b) => a.halfDay.localeCompare(b.halfDay));
      mine.forEach((p) => {
        const with_ = (p.staff || []).filter((s) => String(s.id) !== id).map((s) => s.label).join(', ') || 'seul·e';
        const at = placeAt.get(String(p.placeId));
        const actions = at ? noteButton({ key: 'permanence:' + p.id, context: 'PERMANENCE', contextId: p.id,
          label: p.placeName + ', ' + p.communeName, lon: at[0], lat: at[1], date,
          defaultTime: HALF_DAYS[p.halfDay].start }) : [];
        item(list, HALF_DAYS[p.halfDay].start + '–' + HALF_DAYS[p.halfDay].end,
          frenchSpacing('Permanence : ') + p.placeName + ', ' + p.communeName, 'Avec ' + with_ + (p.vanId ? ' — ' + (p.vanLabel || 'camion ' + p.vanId) : ' — permanence fixe'),
          actions);
        steps.push({ order: steps.length + 1, name: p.placeName, arrival: HALF_DAYS[p.halfDay].start,
          departure: HALF_DAYS[p.halfDay].end, lon: at && at[0], lat: at && at[1] });
      });
      routes.render(routeFeatures([{ index: 0, id, name: people.get(id), stops: steps, route: null }]));
      // A draft's calendar is not handed to the field: it may still change.
      if (!draft || !onlyMe) links.append(linkButton(api.permanencePlans.staffIcsUrl(planId, id), 'Mon agenda (.ics)'));
      $('journee-resume').textContent = frenchSpacing(people.get(id) + ' — ' + longDate(date) + ' : ' + count(mine.length, 'permanence') + '.');
    } else {
      // The team's round of that day (a plan may span several days).
      const team = teams.find((t) => t.id === id && t.date === date) || teams.find((t) => t.id === id);
      team.stops.forEach((s) => item(list, s.arrival + '–' + s.departure, s.name, s.address || '',
        noteButton({ key: 'maraude:' + maraudeId + ':' + team.id + ':' + s.order, context: 'MARAUDE',
          contextId: Number(maraudeId), label: s.name, lon: s.lon, lat: s.lat, date, defaultTime: s.arrival })));
      routes.render(routeFeatures([team]));
      links.append(linkButton(api.maraudePlans.gpxUrl(maraudeId, team.id), 'Trajet GPX'),
        linkButton(api.maraudePlans.sheetUrl(maraudeId, team.id), 'Feuille de route'));
      $('journee-resume').textContent = frenchSpacing(team.name + ' — ' + longDate(date) + ' : ' + count(team.stops.length, 'étape') + '.');
      renderCarriedOut();
    }
    if (routes.count()) map.fitBounds(routes.bounds().pad(0.2), { maxZoom: 15 });
  }

  if (draft && who.value.startsWith('personne:')) {
    $('journee-brouillon').hidden = false;
  }
  who.addEventListener('change', show);
  $('journee-date').addEventListener('change', show);
  show();
});

function item(list, time, title, detail, actions = []) {
  list.append(el('li', {}, el('span', { className: 'time', textContent: time }), ' ', el('strong', { textContent: title }),
    detail ? el('div', { textContent: detail }) : null,
    actions.length ? el('div', { className: 'actions no-print' }, actions) : null));
}

$('imprimer').addEventListener('click', () => window.print());
