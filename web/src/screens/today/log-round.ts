// The runner's rounds as the engine reads them, the history the engine needs
// without counting today's rounds twice, and where a round stands in the outbox.
import type { ComboLog } from '../../../../src/engine/model.js';
import type { LocalData } from '../../offline/local-data.js';
import { toComboLog } from '../../../../src/contract/round-log.js';
import type { OutboxEntry } from '../../offline/outbox.js';
import { allLogs } from '../../offline/training.js';
import type { RoundRecord } from './runner-state.js';

/** The runner's round as the engine reads it: the one wire-to-engine mapping. */
export function roundLog(r: RoundRecord): ComboLog {
  return toComboLog(r.body, { unit: r.body.unit });
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
export function findInOutbox(r: RoundRecord, outbox: OutboxEntry[]): OutboxEntry | undefined {
  const b = r.body;
  return outbox.find(
    (e) =>
      e.body.sessionId === b.sessionId &&
      e.body.combo === b.combo &&
      e.body.compound.load === b.compound.load &&
      e.body.compound.reps === b.compound.reps &&
      e.body.compound.rir === b.compound.rir &&
      e.body.shrug.reps === b.shrug.reps &&
      e.body.secondsBetween === b.secondsBetween,
  );
}
