// From the runner's rounds to what the rest of the app speaks: the outbox's
// NewRound (ids are added by the outbox) and the engine's ComboLog, plus the
// history the engine needs without counting today's rounds twice.
import type { ComboLog } from '../../../../src/engine/model.js';
import type { LocalData } from '../../offline/local-data.js';
import type { NewRound, OutboxEntry } from '../../offline/outbox.js';
import { allLogs } from '../../offline/training.js';
import type { RoundRecord } from './runner-state.js';

export function toNewRound(r: RoundRecord, sessionId: string, date: string): NewRound {
  return {
    sessionId,
    date,
    combo: r.comboId,
    compound: { exercise: r.compoundId, ...r.compound },
    shrug: { exercise: r.shrugId, ...r.shrug },
    secondsBetween: r.secondsBetween,
    ...(r.rampUp.length > 0 ? { rampUp: r.rampUp } : {}),
    unit: r.unit,
    ...(r.bodyweight !== undefined ? { bodyweight: r.bodyweight } : {}),
  };
}

export function toComboLog(r: RoundRecord, date: string): ComboLog {
  return {
    date,
    comboId: r.comboId,
    compoundId: r.compoundId,
    shrugId: r.shrugId,
    unit: r.unit,
    ...(r.bodyweight !== undefined ? { bodyweight: r.bodyweight } : {}),
    ...(r.rampUp.length > 0 ? { rampUp: r.rampUp } : {}),
    compound: r.compound,
    shrug: r.shrug,
    secondsBetween: r.secondsBetween,
  };
}

/** Every logged round except this session's (the runner holds those itself). */
export function historyBefore(data: LocalData, outbox: OutboxEntry[], sessionId: string): ComboLog[] {
  const server = { ...data, logs: data.logs.filter((l) => l.sessionId !== sessionId) };
  return allLogs(server, outbox.filter((e) => e.body.sessionId !== sessionId));
}

/** Today's session id if rounds were logged today already (so the day stays one session). */
export function existingSessionId(data: LocalData, outbox: OutboxEntry[], date: string): string | null {
  const fromOutbox = outbox.filter((e) => e.body.date === date && e.status !== 'rejected').at(-1);
  if (fromOutbox) return fromOutbox.body.sessionId;
  return data.logs.filter((l) => l.date === date).at(-1)?.sessionId ?? null;
}

/** The outbox entry holding `r`, for a round whose write was cut short by a reload. */
export function findInOutbox(r: RoundRecord, outbox: OutboxEntry[], sessionId: string): OutboxEntry | undefined {
  return outbox.find(
    (e) =>
      e.body.sessionId === sessionId &&
      e.body.combo === r.comboId &&
      e.body.compound.load === r.compound.load &&
      e.body.compound.reps === r.compound.reps &&
      e.body.compound.rir === r.compound.rir &&
      e.body.shrug.reps === r.shrug.reps &&
      e.body.secondsBetween === r.secondsBetween,
  );
}
