// Encounters recorded in the field wait here until the server has them. Each one is written to this browser's
// storage before it is sent, so that a lost connection, a closed tab or a dead battery loses nothing; a retry is
// harmless because the server stores the same encounter once (its fingerprint). Only what the form asks is kept:
// no name, no free text.
import { api, ApiError } from './api.js';

const KEY = 'allerVers.rencontres.enAttente';

function read() {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '[]');
  } catch (e) {
    return [];
  }
}

function write(entries) {
  localStorage.setItem(KEY, JSON.stringify(entries));
}

export function pending() {
  return read();
}

/** Keeps the encounter, then tries to send everything waiting. Resolves to the outcome of the flush. */
export async function record(encounter) {
  const entries = read();
  entries.push({ key: Date.now().toString(36) + Math.random().toString(36).slice(2, 8), encounter });
  write(entries);
  return flush();
}

/**
 * Sends the waiting encounters one by one. Stops at the first network failure (still offline) and keeps the rest;
 * an encounter the server refuses (400) stays too, with the reason, until the user drops it.
 * @returns {{sent: number, waiting: number, refused: Array<{key, reason}>, offline: boolean}}
 */
export async function flush() {
  let sent = 0;
  let offline = false;
  for (const entry of read()) {
    if (entry.refused) continue;
    try {
      await api.post('/api/encounters', entry.encounter);
      write(read().filter((e) => e.key !== entry.key));
      sent++;
    } catch (e) {
      if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 401) {
        write(read().map((x) => (x.key === entry.key ? { ...x, refused: e.message } : x)));
      } else {
        offline = true;
        break;
      }
    }
  }
  const left = read();
  return { sent, waiting: left.filter((e) => !e.refused).length,
    refused: left.filter((e) => e.refused).map((e) => ({ key: e.key, reason: e.refused })), offline };
}

/**
 * Takes back an encounter noted by mistake: still waiting on this device, it is simply dropped; already sent, the
 * server is asked to take it back (it finds it by its content).
 * @returns {Promise<'device'|'server'>} where it was taken back
 */
export async function withdraw(encounter) {
  const same = JSON.stringify(encounter);
  const waiting = read().find((e) => JSON.stringify(e.encounter) === same);
  if (waiting) {
    drop(waiting.key);
    return 'device';
  }
  await api.post('/api/encounters/retractions', encounter);
  return 'server';
}

/** Drops one refused encounter, once the user has read why. */
export function drop(key) {
  write(read().filter((e) => e.key !== key));
}
