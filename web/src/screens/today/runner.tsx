// The session runner: owns the reducer, saves it after every change, and
// writes each round to the outbox in the same tick as the tap that finished it
// (the state changes first, the write starts before the next paint and is not
// awaited). A reload resumes at the same step; a round whose write was cut
// short is found in the outbox, or written again.
import { useOutboxEntries } from '../../offline/use-outbox.js';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { LocalData } from '../../offline/local-data.js';
import type { Outbox, OutboxEntry, SetEntry } from '../../offline/outbox.js';
import { allSets, dayRound, roundsOn, type DayRound } from './day-log.js';
import { createAlerts, type Alerts } from './alerts.js';
import type { Clock } from './clock.js';
import { existingSessionId, findInOutbox, historyBefore } from './log-round.js';
import { RunnerView } from './runner-view.js';
import { runnerReducer, type Action, type RoundRecord } from './runner-state.js';
import { loadRunner, saveRunner } from './runner-storage.js';

export interface RunnerProps {
  local: LocalData;
  userId: string;
  outbox: Outbox;
  today: string;
  clock?: Clock;
  storage?: Storage;
  alerts?: Alerts;
  uuid?: () => string;
}

export function Runner({ local, userId, outbox, today, clock = Date.now, storage = localStorage, alerts: given, uuid = () => crypto.randomUUID() }: RunnerProps) {
  const [state, dispatch] = useReducer(runnerReducer, null, () => loadRunner(storage, userId, today, clock()));
  const both = useOutboxEntries(outbox, userId);
  const entries = both?.rounds ?? null;
  const setEntries = both?.sets ?? [];
  const alerts = useMemo(() => given ?? createAlerts(), [given]);

  // Saved before the browser paints, so a reload straight after a tap keeps it.
  useLayoutEffect(() => saveRunner(storage, userId, state), [state]);

  const write = (record: RoundRecord, index: number) => {
    outbox.add(userId, record.body).then(
      (e) => dispatch({ type: 'round-saved', index, outboxId: e.id }),
      () => dispatch({ type: 'round-failed', index }),
    );
  };

  // After a reload: rounds whose write was under way are looked up, and written if
  // missing. Only those: a round logged since has its own write in flight.
  const unsure = useRef(state.rounds.flatMap((r, i) => (r.saved === 'saving' ? [i] : [])));
  useEffect(() => {
    if (!entries) return;
    for (const i of unsure.current.splice(0)) {
      const r = state.rounds[i]!;
      const found = findInOutbox(r, entries);
      if (found) dispatch({ type: 'round-saved', index: i, outboxId: found.id });
      else write(r, i);
    }
  }, [entries]);

  const act = (a: Action) => {
    if (a.type === 'shrug-finish') {
      // Same pure reducer, same input: this is the record the dispatch below stores.
      const next = runnerReducer(state, a);
      dispatch(a);
      const record = next.rounds.at(-1);
      if (next.rounds.length > state.rounds.length && record) {
        write(record, next.rounds.length - 1);
        // Felt as well as seen: a short buzz says the round is logged.
        alerts.vibrate(40);
      }
      return;
    }
    dispatch(a);
  };

  const sets = useMemo(() => allSets(local, setEntries), [local, setEntries]);
  const todaysId = state.sessionId || existingSessionId(local, entries ?? [], today) || sets.filter((x) => x.date === today).at(-1)?.sessionId || null;
  // Earlier sessions only: today's rounds are in the runner (or would move today's loads).
  const history = useMemo(() => historyBefore(local, entries ?? [], todaysId ?? ''), [local, entries, todaysId]);
  // Today as every device logged it: the server's copy and this phone's outbox.
  const dayRounds = useMemo(() => roundsOn(local, entries ?? [], today), [local, entries, today]);
  const roundsBefore = useMemo(
    (): DayRound[] => local.logs.filter((r) => r.date < today).map((r) => dayRound(r, false, r.unit)),
    [local, today],
  );
  const sessionIdNow = () => {
    const id = todaysId ?? uuid();
    if (!state.sessionId) dispatch({ type: 'session-id', sessionId: id });
    return id;
  };

  return (
    <RunnerView
      state={state}
      local={local}
      history={history}
      today={today}
      clock={clock}
      alerts={alerts}
      act={act}
      onStart={(session, opts) => {
        const done: Record<string, number> = {};
        for (const r of dayRounds) done[r.combo] = (done[r.combo] ?? 0) + 1;
        act({ type: 'start', session, sessionId: sessionIdNow(), bodyweight: local.profile?.bodyweight ?? null, drillsOnly: opts?.drillsOnly ?? false, done });
      }}
      dayRounds={dayRounds}
      sets={sets}
      roundsBefore={roundsBefore}
      onLogSet={async (exerciseId, set) => {
        const unit = local.profile?.unit ?? 'kg';
        await outbox.addSet(userId, { sessionId: sessionIdNow(), date: today, exerciseId, kind: set.kind, load: set.load, unit, reps: set.reps, ...(set.rir !== null ? { rir: set.rir } : {}) });
      }}
      onRate={(roundId, feedback) => outbox.setFeedback(userId, roundId, feedback)}
      onRetrySave={(i) => {
        const r = state.rounds[i];
        if (r) write(r, i);
      }}
    />
  );
}
