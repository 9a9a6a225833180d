// French dates, numbers and typography for the pages, written once here: every page writes its dates, distances
// and sentences through these helpers, so that « 1er décembre », « 41,3 km » and the non-breaking spaces before
// « : ; ! ? » are the same everywhere.
const LONG = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WITH_YEAR = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const FULL = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** U+00A0, before « : » and inside « 41,3 km ». */
export const NBSP = '\u00a0';
/** U+202F, the narrow one, before « ; ! ? ». */
export const NNBSP = '\u202f';

const asDate = (iso) => new Date(iso + 'T00:00:00Z');

/** Intl writes « 1 décembre »; French writes the first of the month as an ordinal, « 1er décembre ». */
function withOrdinal(format, date) {
  return format.formatToParts(date).map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** "mardi 1er décembre" */
export const longDate = (iso) => withOrdinal(LONG, asDate(iso));
/** "mar. 1er déc." */
export const shortDate = (iso) => withOrdinal(SHORT, asDate(iso));
/** Short date with the year, for periods that may cross a year (absences). */
export const dateWithYear = (iso) => withOrdinal(WITH_YEAR, asDate(iso));
/** "1er décembre 2026" */
export const fullDate = (iso) => withOrdinal(FULL, asDate(iso));
export const monthLabel = (yearMonth) => MONTH.format(asDate(yearMonth + '-01'));

// Instants (published, carried out, stored…) on this device's clock.
const MOMENT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
/** "1er décembre 2026 à 00:02", from an ISO instant. */
export const moment = (instant) => withOrdinal(MOMENT, new Date(instant));
/** "1er décembre 2026", from an ISO instant. */
export const dayOf = (instant) => withOrdinal(DAY, new Date(instant));

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

// ---- Numbers and typography -------------------------------------------------------------------------------------

const numberFormats = new Map();
/** "41,3", "1 250" (decimal comma, narrow non-breaking space between thousands). */
export function decimal(value, digits = 0) {
  if (!numberFormats.has(digits)) {
    numberFormats.set(digits, new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return numberFormats.get(digits).format(value);
}

/** "41,3 km" from metres, the space non-breaking. */
export const km = (metres) => decimal(metres / 1000, 1) + NBSP + 'km';

/** "3 permanences", "1 permanence", the number kept with its noun. */
export const count = (n, singular, plural = singular + 's') => decimal(n) + NBSP + (Math.abs(n) <= 1 ? singular : plural);

/**
 * French spacing of a sentence: the space before « : » becomes non-breaking, the one before « ; ! ? » narrow and
 * non-breaking, and those inside « » non-breaking, so that no line starts with a colon or a closing guillemet.
 */
export function frenchSpacing(text) {
  return String(text)
    .replace(/ :/g, NBSP + ':')
    .replace(/ ([;!?])/g, NNBSP + '$1')
    .replace(/« /g, '«' + NBSP)
    .replace(/ »/g, NBSP + '»');
}

// ---- Half-days of the week (opening of a place, availability) ----------------------------------------------------

const WEEKDAYS = [['MON', 'lundi'], ['TUE', 'mardi'], ['WED', 'mercredi'], ['THU', 'jeudi'], ['FRI', 'vendredi'],
  ['SAT', 'samedi'], ['SUN', 'dimanche']];

/**
 * The server's canonical half-days in words: "TUE-PM,FRI-AM" → « mardi après-midi, vendredi matin »; three
 * whole days or more in a row → « du lundi au vendredi ».
 */
export function halfDaysInWords(canonical) {
  const slots = new Set(String(canonical || '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean));
  if (!slots.size) return 'aucune demi-journée';
  const parts = [];
  let run = [];
  const flush = () => {
    if (run.length >= 3) parts.push('du ' + run[0] + ' au ' + run[run.length - 1]);
    else parts.push(...run);
    run = [];
  };
  WEEKDAYS.forEach(([day, label]) => {
    const am = slots.has(day + '-AM'), pm = slots.has(day + '-PM');
    if (am && pm) { run.push(label); return; }
    flush();
    if (am) parts.push(label + ' matin');
    if (pm) parts.push(label + ' après-midi');
  });
  flush();
  return parts.join(', ');
}
