// What the territory editor knows of each kind of item: its API path, its form fields, the body it sends, and how
// it is named in lists and messages. The forms and the map share these, so a field is described once.
import { api } from '../api.js';
import { halfDaysSummary } from './half-days.js';

const WORKING_WEEK = 'MON-AM,MON-PM,TUE-AM,TUE-PM,WED-AM,WED-PM,THU-AM,THU-PM,FRI-AM,FRI-PM';

const PLACE_KINDS = [['PUBLIC_SQUARE', 'Place publique'], ['MARKET', 'Marché'], ['CENTRE_SOCIAL', 'Centre social'],
  ['DAY_CENTRE', 'Accueil de jour'], ['OTHER', 'Autre']];
const ROLES = [['SOCIAL_WORKER', 'Travailleur social'], ['EMPLOYMENT_COUNSELLOR', 'Conseiller en insertion professionnelle'],
  ['PSYCHOLOGIST', 'Psychologue'], ['MEDIATOR', 'Médiateur']];

const position = [
  { name: 'lon', label: 'Longitude', type: 'number', required: true, step: '0.00001',
    hint: 'Rempli par le clic ou le déplacement sur la carte ; modifiable ici sans souris.' },
  { name: 'lat', label: 'Latitude', type: 'number', required: true, step: '0.00001' },
];

export const PLACES = {
  path: '/api/places',
  noun: 'lieu',
  title: (item) => (item.id ? 'Modifier le lieu « ' + item.name + ' »' : 'Nouveau lieu de permanence'),
  name: (item) => item.name,
  defaults: { kind: 'PUBLIC_SQUARE', vanAccess: true, opening: WORKING_WEEK },
  fields: async () => [
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'kind', label: 'Type de lieu', type: 'select', options: PLACE_KINDS },
    { name: 'vanAccess', label: 'Le camion peut y stationner', type: 'checkbox' },
    { name: 'opening', label: 'Ouverture (demi-journées)', type: 'half-days' },
    { name: 'from', label: 'Lieu temporaire : du', type: 'date', hint: 'Laissez vide pour un lieu permanent.' },
    { name: 'to', label: 'au (inclus)', type: 'date' },
    ...position,
  ],
  summary: (item) => item.kindLabel + ' — ' + halfDaysSummary(item.opening),
};

export const HOTELS = {
  path: '/api/hotels',
  noun: 'hôtel',
  title: (item) => (item.id ? 'Modifier l’hôtel « ' + item.name + ' »' : 'Nouvel hôtel 115'),
  name: (item) => item.name,
  defaults: { capacity: 10, visitingHours: '09:00-19:00', visitEveryDays: 14 },
  fields: async () => [
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'capacity', label: 'Capacité (ménages)', type: 'number', required: true, min: 0, step: '1' },
    { name: 'visitingHours', label: 'Horaires de visite', type: 'text', hint: 'Exemple : 10:00-12:00 14:00-18:00' },
    { name: 'visitEveryDays', label: 'Visite tous les … jours', type: 'number', min: 1, step: '1',
      hint: 'Laissez vide s’il n’y a pas de règle.' },
    ...position,
  ],
  summary: (item) => item.capacity + ' ménages — visites ' + item.visitingHours
    + (item.visitEveryDays ? ', tous les ' + item.visitEveryDays + ' jours' : ''),
};

export const STAFF = {
  path: '/api/staff',
  noun: 'professionnel',
  title: (item) => (item.id ? 'Modifier « ' + item.label + ' »' : 'Nouveau professionnel'),
  name: (item) => item.label,
  defaults: { role: 'SOCIAL_WORKER', availability: WORKING_WEEK },
  fields: async () => {
    const organisations = await api.get('/api/organisations');
    return [
      { name: 'label', label: 'Libellé (prénom, initiales)', type: 'text', required: true,
        hint: 'Ce que voient les collègues dans le plan : jamais de donnée sur une personne accompagnée.' },
      { name: 'role', label: 'Métier', type: 'select', options: ROLES },
      { name: 'organisationId', label: 'Structure', type: 'select',
        options: [['', '(aucune)'], ...organisations.map((o) => [String(o.id), o.name])] },
      { name: 'availability', label: 'Disponibilités (demi-journées)', type: 'half-days' },
    ];
  },
  summary: (item) => item.roleLabel + (item.organisation ? ', ' + item.organisation : '') + ' — '
    + halfDaysSummary(item.availability),
};

export const VANS = {
  path: '/api/vans',
  noun: 'camion',
  title: (item) => (item.id ? 'Modifier « ' + item.label + ' »' : 'Nouveau camion'),
  name: (item) => item.label,
  defaults: { availability: WORKING_WEEK },
  fields: async (item) => {
    const places = (await api.get('/api/places')).map((p) => [String(p.id), p.name]);
    // A base archived since stays the van's base until someone picks another one: keep it in the list.
    if (item && item.basePlaceId && !places.some(([id]) => id === String(item.basePlaceId))) {
      places.push([String(item.basePlaceId), item.basePlace + ' (archivé)']);
    }
    return [
      { name: 'label', label: 'Libellé', type: 'text', required: true },
      { name: 'basePlaceId', label: 'Lieu de base', type: 'select', options: [['', '(aucun)'], ...places] },
      { name: 'availability', label: 'Disponibilités (demi-journées)', type: 'half-days' },
    ];
  },
  summary: (item) => (item.basePlace ? 'basé à ' + item.basePlace + ' — ' : '') + halfDaysSummary(item.availability),
};

/** The request body: the form's values, the version read, and nothing the server computes. */
export function bodyOf(values, read) {
  const body = { ...values };
  if (read && read.id) body.version = read.version;
  return body;
}

/** Saves a new item (POST) or the item read (PUT with its version). */
export function saveItem(kind, values, read) {
  return read && read.id ? api.put(kind.path + '/' + read.id, bodyOf(values, read)) : api.post(kind.path, values);
}

/** "« Place du marché » archivé (1 plan de permanence l’utilise encore)." after a DELETE or an archive. */
export function removalText(kind, item, removal) {
  if (!removal) return capital(kind.noun) + ' « ' + kind.name(item) + ' » supprimé : rien ne l’utilisait.';
  const why = removal.usedBy && removal.usedBy.length ? ' : utilisé par ' + removal.usedBy.join(', ') : '';
  return capital(kind.noun) + ' « ' + kind.name(item) + ' » archivé' + why
    + '. Il n’est plus proposé ; les plans où il figure le nomment toujours.';
}

export const capital = (text) => text.charAt(0).toUpperCase() + text.substring(1);
