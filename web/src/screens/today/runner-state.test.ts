import { describe, expect, it } from 'vitest';
import { initialRunner, runnerReducer, type Action, type RunnerState } from './runner-state.js';
import { deadliftSession } from './session-fixture.js';

const SID = '22222222-2222-4222-8222-222222222222';
const session = deadliftSession();
const run = (s: RunnerState, ...actions: Action[]) => actions.reduce(runnerReducer, s);
const started = () => run(initialRunner('2026-11-20'), { type: 'start', session, sessionId: SID, bodyweight: 80 });
const first = session.combos[0]!;

/** Through the warm-up to the first combo. */
const afterWarmup = () => run(started(), ...session.warmup.drills.map((): Action => ({ type: 'warmup-next' })));

describe('session runner steps', () => {
  it('starts with the six warm-up drills, one after the other', () => {
    let s = started();
    expect(session.warmup.drills).toHaveLength(6);
    expect(s.step).toEqual({ kind: 'warmup', drill: 0 });
    s = run(s, { type: 'warmup-next' }, { type: 'warmup-next' }, { type: 'warmup-back' });
    expect(s.step).toEqual({ kind: 'warmup', drill: 1 });
    expect(s.sessionId).toBe(SID);
  });

  it('goes from the last drill to the ramp-up of the first combo, with the suggestion ready', () => {
    const s = afterWarmup();
    expect(first.compound.rampUp.length).toBeGreaterThan(0);
    expect(s.step).toEqual({ kind: 'ramp', combo: 0 });
    expect(s.compound).toEqual({ load: first.compound.load, reps: first.compound.targetReps, rir: first.compound.targetRir.min });
  });

  it('skipping the warm-up lands on the same ramp-up', () => {
    expect(run(started(), { type: 'warmup-skip' }).step).toEqual({ kind: 'ramp', combo: 0 });
  });

  it('runs ramp → compound → shrug → rest → next round, logging ticked ramp sets with the first round only', () => {
    let s = run(afterWarmup(), { type: 'ramp-toggle', index: 0 }, { type: 'ramp-toggle', index: 1 }, { type: 'ramp-toggle', index: 1 }, { type: 'ramp-done' });
    expect(s.step).toEqual({ kind: 'compound', combo: 0, round: 0 });
    s = run(s, { type: 'compound-set', field: 'reps', value: 7 }, { type: 'compound-done', at: 10_000 });
    expect(s.step).toEqual({ kind: 'shrug', combo: 0, round: 0 });
    expect(s.shrug).toEqual({ compoundEndedAt: 10_000, firstRepAt: null, reps: 0 });
    s = run(s, { type: 'shrug-rep', at: 13_000 }, { type: 'shrug-rep', at: 15_000 }, { type: 'shrug-rep', at: 17_000 }, { type: 'shrug-undo' }, { type: 'shrug-finish', at: 20_000, toFailure: true });
    expect(s.step).toEqual({ kind: 'rest', combo: 0, round: 1 });
    expect(s.restEndsAt).toBe(20_000 + first.planned.restSeconds * 1000);
    expect(s.rounds).toHaveLength(1);
    expect(s.rounds[0]).toMatchObject({
      saved: 'saving',
      body: {
        sessionId: s.sessionId,
        date: s.date,
        combo: 'deadlift_elevation',
        compound: { exercise: first.compound.exerciseId, load: first.compound.load, reps: 7, rir: first.compound.targetRir.min },
        shrug: { exercise: first.shrug.exerciseId, load: first.shrug.load, reps: 2, toFailure: true },
        secondsBetween: 3,
        rampUp: [{ load: first.compound.rampUp[0]!.load, reps: first.compound.rampUp[0]!.reps }],
        unit: first.compound.unit,
      },
    });
    s = run(s, { type: 'rest-add', seconds: 30 });
    expect(s.restEndsAt).toBe(20_000 + (first.planned.restSeconds + 30) * 1000);
    s = run(s, { type: 'rest-done' });
    expect(s.step).toEqual({ kind: 'compound', combo: 0, round: 1 });
    expect(s.compound).toMatchObject({ reps: first.compound.targetReps, rir: first.compound.targetRir.min });
    s = run(s, { type: 'compound-done', at: 100_000 }, { type: 'shrug-finish', at: 101_000, toFailure: false });
    expect(s.rounds[1]).toMatchObject({ round: 1, body: { secondsBetween: 1, shrug: { reps: 0, toFailure: false } } });
    expect(s.rounds[1]!.body.rampUp).toBeUndefined();
  });

  it('after the last round shows the prescription, then the next combo, then the summary', () => {
    let s = run(afterWarmup(), { type: 'ramp-done' });
    for (let r = 0; r < first.planned.rounds; r++) {
      s = run(s, { type: 'compound-done', at: r * 1000 }, { type: 'shrug-rep', at: r * 1000 + 500 }, { type: 'shrug-finish', at: r * 1000 + 900, toFailure: true });
      if (r < first.planned.rounds - 1) s = run(s, { type: 'rest-done' });
    }
    expect(s.step).toEqual({ kind: 'prescription', combo: 0 });
    expect(s.restEndsAt).toBeNull();
    s = run(s, { type: 'next-combo' });
    if (session.combos.length > 1) {
      const second = session.combos[1]!;
      expect(s.step).toEqual(second.compound.rampUp.length > 0 ? { kind: 'ramp', combo: 1 } : { kind: 'compound', combo: 1, round: 0 });
      expect(s.rampDone).toEqual([]);
    } else expect(s.step).toEqual({ kind: 'summary' });
  });

  it('keeps a changed load for the next round and the shrug', () => {
    let s = run(afterWarmup(), { type: 'ramp-done' }, { type: 'compound-set', field: 'load', value: 100 });
    s = run(s, { type: 'compound-done', at: 5 }, { type: 'shrug-finish', at: 6, toFailure: true }, { type: 'rest-done' });
    expect(s.rounds[0]!.body.shrug.load).toBe(100);
    expect(s.compound?.load).toBe(100);
  });

  it('counts the seconds to the shrug from "Done", not from setting reps or RIR before the set', () => {
    // Reps and RIR dialled in while setting up, a minute before the set ends.
    let s = run(afterWarmup(), { type: 'ramp-done' });
    s = run(s, { type: 'compound-set', field: 'reps', value: 9, at: 0 } as Action, { type: 'compound-set', field: 'rir', value: 3, at: 1_000 } as Action);
    s = run(s, { type: 'compound-done', at: 60_000 }, { type: 'shrug-rep', at: 63_000 }, { type: 'shrug-finish', at: 80_000, toFailure: true });
    expect(s.rounds[0]).toMatchObject({ body: { compound: { reps: 9, rir: 3 }, secondsBetween: 3 } });
  });

  it('a drill-week session is the drills alone: the last drill, or skipping, ends it', () => {
    const drills = run(initialRunner('2026-11-20'), { type: 'start', session, sessionId: SID, bodyweight: 80, drillsOnly: true });
    expect(drills.step).toEqual({ kind: 'warmup', drill: 0 });
    expect(run(drills, ...session.warmup.drills.map((): Action => ({ type: 'warmup-next' }))).step).toEqual({ kind: 'summary' });
    expect(run(drills, { type: 'warmup-skip' }).step).toEqual({ kind: 'summary' });
    expect(run(drills, { type: 'warmup-skip' }).rounds).toEqual([]);
  });

  it('ignores actions that do not belong to the current step', () => {
    const s = afterWarmup();
    expect(run(s, { type: 'shrug-rep', at: 1 }, { type: 'rest-done' }, { type: 'warmup-next' })).toBe(s);
  });

  it('marks rounds saved or failed as the outbox answers', () => {
    let s = run(afterWarmup(), { type: 'ramp-done' }, { type: 'compound-done', at: 0 }, { type: 'shrug-finish', at: 1, toFailure: true });
    s = run(s, { type: 'round-saved', index: 0, outboxId: 'x' });
    expect(s.rounds[0]).toMatchObject({ saved: 'saved', outboxId: 'x' });
  });
});

describe('the day around the combos', () => {
  it('goes on from rounds logged today on another phone: done combos are skipped, a half-done one resumes at its next round', async () => {
    const { deadliftSession } = await import('./session-fixture.js');
    const session = deadliftSession();
    const [first, second] = session.combos;
    const done = { [first!.planned.comboId]: first!.planned.rounds, ...(second ? { [second.planned.comboId]: 1 } : {}) };
    let s = runnerReducer(initialRunner('2026-12-07'), { type: 'start', session, sessionId: 'x', bodyweight: 80, done });
    s = runnerReducer(s, { type: 'warmup-skip' });
    if (second) expect(s.step).toEqual({ kind: 'compound', combo: 1, round: 1 });
    else expect(s.step).toEqual({ kind: 'summary' });
  });

  it('keeps the session id once set, adds an exercise once, moves items and goes back to the list', () => {
    let s = runnerReducer(initialRunner('2026-12-07'), { type: 'session-id', sessionId: 'a' });
    s = runnerReducer(s, { type: 'session-id', sessionId: 'b' });
    expect(s.sessionId).toBe('a');
    s = runnerReducer(s, { type: 'add-exercise', exerciseId: 'leg_press' });
    s = runnerReducer(s, { type: 'add-exercise', exerciseId: 'leg_press' });
    expect(s.extras).toEqual(['leg_press']);
    s = runnerReducer(s, { type: 'move', key: 'extra:leg_press', by: -1, keys: ['own:x', 'extra:leg_press'] });
    expect(s.order).toEqual(['extra:leg_press', 'own:x']);
    expect(runnerReducer(s, { type: 'move', key: 'extra:leg_press', by: -1, keys: s.order! })).toBe(s);
    s = runnerReducer(s, { type: 'finish' });
    expect(s.step).toEqual({ kind: 'summary' });
    s = runnerReducer(s, { type: 'to-overview' });
    expect(s.step).toEqual({ kind: 'overview' });
    s = runnerReducer(s, { type: 'remove-exercise', exerciseId: 'leg_press' });
    expect(s.extras).toEqual([]);
    expect(s.order).toEqual(['own:x']);
  });
});

describe('the shrug count set by hand', () => {
  it('is clamped to what the server takes', async () => {
    const { deadliftSession } = await import('./session-fixture.js');
    let s = runnerReducer(initialRunner('2026-12-07'), { type: 'start', session: deadliftSession(), sessionId: 'x', bodyweight: 80 });
    s = runnerReducer(s, { type: 'warmup-skip' });
    if (s.step.kind === 'ramp') s = runnerReducer(s, { type: 'ramp-done' });
    s = runnerReducer(s, { type: 'compound-done', at: 1000 });
    expect(runnerReducer(s, { type: 'shrug-set', reps: 12 }).shrug!.reps).toBe(12);
    expect(runnerReducer(s, { type: 'shrug-set', reps: 1000 }).shrug!.reps).toBe(100);
    expect(runnerReducer(s, { type: 'shrug-set', reps: -3 }).shrug!.reps).toBe(0);
  });
});
