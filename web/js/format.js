// French dates and times for the pages.
const LONG = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WITH_YEAR = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const asDate = (iso) => new Date(iso + 'T00:00:00Z');

export const longDate = (iso) => LONG.format(asDate(iso));
export const shortDate = (iso) => SHORT.format(asDate(iso));
/** Short date with the year, for periods that may cross a year (absences). */
export const dateWithYear = (iso) => WITH_YEAR.format(asDate(iso));
export const monthLabel = (yearMonth) => MONTH.format(asDate(yearMonth + '-01'));

// Instants (published, carried out, stored…) on this device's clock.
const MOMENT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
/** "22 novembre 2026 à 00:02", from an ISO instant. */
export const moment = (instant) => MOMENT.format(new Date(instant));
/** "22 novembre 2026", from an ISO instant. */
export const dayOf = (instant) => DAY.format(new Date(instant));

export const HALF_DAYS = { AM: { label: 'matin', start: '09:00', end: '12:00' }, PM: { label: 'après-midi', start: '14:00', end: '17:00' } };
export const halfDayLabel = (h) => (HALF_DAYS[h] ? HALF_DAYS[h].label : h);

/** ISO date (yyyy-mm-dd) of a Date, in UTC. */
export const isoDate = (d) => d.toISOString().substring(0, 10);

/** ISO date (yyyy-mm-dd) of a Date on this device's clock: "today" for the person holding the phone. */
export const localIsoDate = (d) => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-'
  + String(d.getDate()).padStart(2, '0');

const dayOfMonth = (iso) => (Number(iso.substring(8, 10)) === 1 ? '1er' : String(Number(iso.substring(8, 10))));
const MONTH_NAME = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/** "du 2 au 13 mars 2026", "du 23 février au 6 mars 2026", "du 29 décembre 2025 au 9 janvier 2026", "le 1er mars 2026". */
export function period(from, to) {
  const month = (iso) => MONTH_NAME.format(asDate(iso));
  const year = (iso) => iso.substring(0, 4);
  const end = dayOfMonth(to) + ' ' + month(to) + ' ' + year(to);
  if (from === to) return 'le ' + end;
  if (year(from) !== year(to)) return 'du ' + dayOfMonth(from) + ' ' + month(from) + ' ' + year(from) + ' au ' + end;
  if (from.substring(0, 7) !== to.substring(0, 7)) return 'du ' + dayOfMonth(from) + ' ' + month(from) + ' au ' + end;
  return 'du ' + dayOfMonth(from) + ' au ' + end;
}

export function addDays(iso, days) {
  const d = asDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** The Monday after today (or today when it is a Monday). */
export function nextMonday(today = new Date()) {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const shift = (8 - d.getUTCDay()) % 7;
  d.setUTCDate(d.getUTCDate() + shift);
  return isoDate(d);
}

/** Every date from `from` to `to` included. */
export function datesBetween(from, to) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** "HH:MM" of a local date-time or time as the server writes them ("2026-03-02T09:05:00", "09:05:00"). */
export function clock(value) {
  const match = String(value).match(/(\d{2}):(\d{2})/);
  return match ? match[1] + ':' + match[2] : '';
}

export const currentMonth = (today = new Date()) =>
  today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0');
