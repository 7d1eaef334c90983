// The runner's state on the phone (localStorage, one key per lifter), saved
// after every change so a reload mid-session resumes at the same step. What
// comes back is checked before it is trusted: another version of the app, or
// a hand-edited value, starts a fresh runner instead of breaking the screen.
import { initialRunner, type RoundRecord, type RunnerState } from './runner-state.js';

const key = (userId: string) => `bladework:runner:${userId}`;

/** A session that runs past midnight still resumes for this long after it started. */
const OVERNIGHT_MS = 8 * 3600 * 1000;

const STEPS = new Set(['overview', 'warmup', 'ramp', 'compound', 'shrug', 'rest', 'prescription', 'summary']);

/** A round as version 1 of the runner kept it: the wire fields loose on the record. */
interface RoundRecordV1 extends Omit<RoundRecord, 'body'> {
  comboId: string;
  compoundId: string;
  shrugId: string;
  unit: RoundRecord['body']['unit'];
  bodyweight?: number;
  compound: { load: number; reps: number; rir: number };
  shrug: { load: number; reps: number; toFailure: boolean };
  secondsBetween: number;
  rampUp: { load: number; reps: number }[];
}

/** A runner saved by the app before an update, brought to today's shape so a session under way carries on. */
function upgrade(v: unknown): unknown {
  const s = v as { version?: unknown; rounds?: unknown; sessionId?: string; date?: string };
  if (s === null || typeof s !== 'object' || s.version !== 1 || !Array.isArray(s.rounds)) return v;
  const rounds = (s.rounds as RoundRecordV1[]).map(({ comboId, compoundId, shrugId, unit, bodyweight, compound, shrug, secondsBetween, rampUp, ...rest }): RoundRecord => ({
    ...rest,
    body: {
      sessionId: s.sessionId ?? '',
      date: s.date ?? '',
      combo: comboId,
      compound: { exercise: compoundId, ...compound },
      shrug: { exercise: shrugId, ...shrug },
      secondsBetween,
      ...(rampUp.length > 0 ? { rampUp } : {}),
      unit,
      ...(bodyweight !== undefined ? { bodyweight } : {}),
    },
  }));
  return { ...s, version: 2, rounds };
}

function looksValid(v: unknown): v is RunnerState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<RunnerState>;
  return (
    s.version === 2 &&
    typeof s.date === 'string' &&
    typeof s.sessionId === 'string' &&
    typeof s.step === 'object' &&
    s.step !== null &&
    STEPS.has(s.step.kind) &&
    Array.isArray(s.rounds) &&
    Array.isArray(s.rampDone) &&
    (s.step.kind === 'overview' || (typeof s.session === 'object' && s.session !== null && Array.isArray(s.session.combos)))
  );
}

export function loadRunner(storage: Storage, userId: string, today: string, now: number): RunnerState {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(key(userId)) ?? 'null');
  } catch {
    saved = null;
  }
  try {
    saved = upgrade(saved);
  } catch {
    saved = null;
  }
  if (!looksValid(saved)) return initialRunner(today);
  if (saved.date === today) return saved;
  // Yesterday's session still under way (a late evening in the gym): keep going.
  const lastTouch = Math.max(0, ...saved.rounds.map((r) => r.loggedAt), saved.restEndsAt ?? 0, saved.shrug?.compoundEndedAt ?? 0);
  const unfinished = saved.step.kind !== 'overview' && saved.step.kind !== 'summary';
  return unfinished && now - lastTouch < OVERNIGHT_MS && lastTouch > 0 ? saved : initialRunner(today);
}

export function saveRunner(storage: Storage, userId: string, state: RunnerState): void {
  try {
    storage.setItem(key(userId), JSON.stringify(state));
  } catch {
    // Storage full or blocked: the rounds are safe in the outbox; only resuming the step is lost.
  }
}
