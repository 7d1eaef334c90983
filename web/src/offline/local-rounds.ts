// History's corrections applied to everything the phone keeps about a round:
// the outbox entry and the copy of the server's log (local-data.ts). A synced
// entry stays in the outbox for weeks, and History and today's prescriptions
// read it wherever the copy lacks the round, so a deleted round must leave
// both, and an edited one must be in the copy (which wins over the outbox).
import type { Round } from '../api/types.js';
import type { DataStore } from './data-store.js';
import type { Outbox } from './outbox.js';

export interface PhoneRounds {
  data: Pick<DataStore, 'value' | 'update'>;
  outbox: Pick<Outbox, 'discard'>;
}

const before = (a: Round, b: Round) => a.date < b.date || (a.date === b.date && a.position < b.position);

/** The logs with `log` in place of the round with its id, or added in date order (oldest first). */
export function withLog(logs: Round[], log: Round): Round[] {
  if (logs.some((l) => l.id === log.id)) return logs.map((l) => (l.id === log.id ? log : l));
  const at = logs.findIndex((l) => before(log, l));
  return at < 0 ? [...logs, log] : [...logs.slice(0, at), log, ...logs.slice(at)];
}

/** The server deleted the round: forget it on the phone too. */
export async function forgetRound({ data, outbox }: PhoneRounds, id: string): Promise<void> {
  await outbox.discard(id);
  const logs = data.value.data?.logs;
  if (logs?.some((l) => l.id === id)) await data.update({ logs: logs.filter((l) => l.id !== id) });
}

/** The server stored a correction: the phone's copy holds it from now on, even for a round logged since its last refresh. */
export async function reviseRound({ data }: PhoneRounds, log: Round): Promise<void> {
  const logs = data.value.data?.logs;
  if (logs) await data.update({ logs: withLog(logs, log) });
}
