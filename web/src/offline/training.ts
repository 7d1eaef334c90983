// Today's session and the next prescription, worked out on the phone with the
// same engine the server uses, from the cached profile, plan and rounds plus
// the rounds still in the outbox. This is what keeps the gym working offline.
// It pulls in the engine (catalog, loads, progression), so only lazily loaded
// screens should import it.
import type { ComboLog, Feedback, Weekday } from '../../../src/engine/model.js';
import { WEEKDAYS } from '../../../src/engine/model.js';
import { nextPrescription, type Prescription } from '../../../src/engine/progression.js';
import { rirBiasOf } from '../../../src/engine/rir-bias.js';
import { buildSession, type Session } from '../../../src/engine/session.js';
import { findCombo } from '../../../src/engine/catalog/index.js';
import { toComboLog } from '../../../src/contract/round-log.js';
import type { LocalData } from './local-data.js';
import type { OutboxEntry } from './outbox.js';

/**
 * The server's rounds plus the outbox's (pending, synced or conflicting), each
 * round once, oldest first; `ratings` given on this phone (by round id) win
 * over the copy the server sent, which may predate them.
 */
export function allLogs(data: LocalData, outbox: OutboxEntry[], ratings: ReadonlyMap<string, Feedback> = new Map()): ComboLog[] {
  const seen = new Set(data.logs.map((l) => l.id));
  const unit = data.profile?.unit ?? 'kg';
  const rated = <R extends { id: string; feedback?: Feedback | null | undefined }>(r: R) => (ratings.has(r.id) ? { ...r, feedback: ratings.get(r.id) } : r);
  const extra = outbox
    // A combo this version of the app does not know (an entry from a newer one) cannot steer anything.
    .filter((e) => e.status !== 'rejected' && !seen.has(e.id) && findCombo(e.body.combo) !== undefined)
    .map((e) => toComboLog(rated(e.body), { unit }));
  // Stable sort by date keeps each day's rounds in the order they were done.
  return [...data.logs.map((l) => toComboLog(rated(l), { unit: l.unit })), ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Weekday of a local YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

/** The session for a weekday, or null on a rest day or before the profile and plan exist. */
export function sessionFor(data: LocalData, outbox: OutboxEntry[], weekday: Weekday): Session | null {
  const { profile, plan } = data;
  if (!profile || !plan || !plan.days.some((d) => d.weekday === weekday)) return null;
  return buildSession({
    plan,
    weekday,
    profile: { unit: profile.unit, bodyweight: profile.bodyweight, experience: profile.experience },
    inventory: profile.inventory,
    history: allLogs(data, outbox),
  });
}

/** The next prescription for a combo (optionally one variant) from its latest round, or null before the first. */
export function nextFor(data: LocalData, outbox: OutboxEntry[], comboId: string, compoundId?: string): Prescription | null {
  if (!data.profile) return null;
  const logs = allLogs(data, outbox);
  const rounds = logs.filter((l) => l.comboId === comboId && (compoundId === undefined || l.compoundId === compoundId));
  const last = rounds[rounds.length - 1];
  if (!last) return null;
  const same = rounds.filter((l) => l.compoundId === last.compoundId).slice(0, -1);
  return nextPrescription(last, { inventory: data.profile.inventory, previous: same, unit: data.profile.unit, rirBias: rirBiasOf(logs).bias });
}
