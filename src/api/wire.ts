// Stored rows as the contract's wire shapes, and a round body as the store's
// input: each mapping between the store and the wire, in one place.
import { withInstructions } from '../engine/shrug-words.js';
import { findCombo } from '../engine/catalog/index.js';
import { loggedBand } from '../engine/loads/landmine-band.js';
import type { ComboLog } from '../engine/model.js';
import type { Exercise } from '../contract/exercise.js';
import type { HistorySession } from '../contract/history.js';
import type { PlanView } from '../contract/plan.js';
import type { ProfileView } from '../contract/profile.js';
import type { Round, RoundEdit } from '../contract/round.js';
import { toComboLog } from '../contract/round-log.js';
import { sourceLabel } from '../interop/formats/index.js';
import type { ComboInput, StoredComboLog, StoredSession, customExercises, profiles, programs } from '../store/index.js';

/** A round body (its ids aside) as the store writes it, with unit and bodyweight already settled. */
export function roundToRow(b: RoundEdit, settled: { unit: ComboInput['unit']; bodyweight: number | null }): ComboInput {
  const combo = findCombo(b.combo)!;
  return {
    comboId: combo.id,
    compoundExerciseId: b.compound.exercise ?? combo.compounds[0]!,
    shrugExerciseId: b.shrug.exercise ?? combo.shrug,
    unit: settled.unit,
    bodyweight: settled.bodyweight,
    secondsBetween: b.secondsBetween,
    restSeconds: b.restSeconds ?? null,
    notes: b.notes ?? null,
    // Left out of an edit, the stored ratings stay (combo-edits.ts updateComboLog).
    ...(b.feedback !== undefined ? { feedback: b.feedback } : {}),
    calibration: b.compound.calibration ?? null,
    // What the band added at lockout is worked out here, from the load as logged, whatever the client sent.
    band: b.compound.band ? loggedBand(b.compound.band, b.compound.load, settled.unit) : null,
    sets: [
      ...(b.rampUp ?? []).map((r) => ({ id: r.id, kind: 'ramp' as const, load: r.load, reps: r.reps })),
      { id: b.compound.id, kind: 'compound', load: b.compound.load, reps: b.compound.reps, rir: b.compound.rir },
      { id: b.shrug.id, kind: 'shrug', load: b.shrug.load, reps: b.shrug.reps, toFailure: b.shrug.toFailure },
    ],
  };
}

/** A stored round in the shape the client sends, so it can be edited and sent back. */
export function rowToRound(s: StoredComboLog): Round {
  const compound = s.sets.find((x) => x.kind === 'compound')!;
  const shrug = s.sets.find((x) => x.kind === 'shrug')!;
  return {
    id: s.id,
    sessionId: s.sessionId,
    date: s.date,
    position: s.position,
    combo: s.comboId,
    compound: {
      id: compound.id,
      exercise: compound.exerciseId,
      load: compound.load,
      reps: compound.reps,
      rir: compound.rir ?? 0,
      ...(s.calibration ? { calibration: s.calibration } : {}),
      ...(s.band ? { band: s.band } : {}),
    },
    shrug: { id: shrug.id, exercise: shrug.exerciseId, load: shrug.load, reps: shrug.reps, toFailure: shrug.toFailure },
    secondsBetween: s.secondsBetween,
    rampUp: s.sets.filter((x) => x.kind === 'ramp').map((x) => ({ id: x.id, load: x.load, reps: x.reps })),
    restSeconds: s.restSeconds,
    notes: s.notes,
    unit: s.unit,
    bodyweight: s.bodyweight,
    createdAt: s.createdAt,
    feedback: s.feedback,
  };
}

/** The engine's view of a stored round, for the rules: through the wire shape, so there is one mapping to ComboLog. */
export function rowToComboLog(s: StoredComboLog): ComboLog {
  return toComboLog(rowToRound(s), { unit: s.unit });
}

export function toHistorySession({ comboLogs, createdAt: _, ...s }: StoredSession): HistorySession {
  return { ...s, sourceLabel: sourceLabel(s.source), combos: comboLogs.map(rowToRound) };
}

export function toExercise(e: customExercises.CustomExercise): Exercise {
  return { id: e.id, name: e.name, pattern: e.pattern, createdAt: e.createdAt };
}

export function toPlanView(p: programs.Program): PlanView {
  return { id: p.id, kind: p.kind, createdBy: p.createdBy, createdAt: p.createdAt, parentId: p.parentId, ...withInstructions(p.plan) };
}

export function toProfileView(p: profiles.StoredProfile): ProfileView {
  return { ...p.document, updatedAt: p.updatedAt };
}
