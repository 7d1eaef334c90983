// Which combo a planned or logged round is, by its catalog combo or its parts,
// so rules also catch a lifter's own pairing (a deadlift logged under another combo).
import { findCombo, findExercise } from '../catalog/index.js';
import type { ComboLog, PlannedCombo } from '../model.js';
import type { MovementId } from '../types.js';

type Round = Pick<ComboLog, 'comboId' | 'compoundId' | 'shrugId'>;

/** The blade movement a round trains: its combo's, else its shrug's. */
export function movementOf(round: Round | PlannedCombo): MovementId | null {
  if ('movement' in round) return round.movement;
  return findCombo(round.comboId)?.movement ?? findExercise(round.shrugId)?.movement ?? null;
}

export function isDeadliftCombo(round: Round | PlannedCombo): boolean {
  return round.comboId === 'deadlift_elevation' || round.compoundId === 'barbell_deadlift' || movementOf(round) === 'elevation';
}

export function isFloorPressCombo(round: Round | PlannedCombo): boolean {
  return round.comboId === 'floor_press_protraction' || round.compoundId === 'barbell_floor_press';
}
