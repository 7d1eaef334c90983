// Effort as logged against the system: the compound stops 2-3 reps short of
// failure, the shrug goes all the way.
import { findCombo } from '../catalog/index.js';
import { pauseWords } from '../shrug-words.js';
import { movementOf } from './combos.js';
import { warn, type LogRule } from './rule.js';
import type { RepRange } from '../types.js';

/**
 * Above this RIR the compound barely tires the blade muscles before the shrug.
 * One rep past the system's 2-3, since lifters under-call their reserve by
 * about a rep (Halperin et al. 2022).
 */
export const FAR_FROM_FAILURE_RIR = 4;

export const compoundToFailure: LogRule = {
  id: 'compound_to_failure',
  severity: 'warning',
  check: (log) =>
    // A calibration set goes to failure on purpose, once a block.
    log.compound.rir <= 0 && !log.compound.calibration
      ? [warn(compoundToFailure, 'The compound went to failure. Stop it with 2-3 reps left: the extra fatigue costs shrug reps, and the shrug is the set meant to fail.', log.date)]
      : [],
};

/** How far short the deload week stops each set (engine/block): about half the effort, the shrug short for once. */
export const DELOAD_COMPOUND_RIR: RepRange = { min: 4, max: 5 };
export const DELOAD_SHRUG_RIR: RepRange = { min: 2, max: 3 };

export const compoundFarFromFailure: LogRule = {
  id: 'compound_far_from_failure',
  severity: 'info',
  check: (log, _inventory, context) =>
    log.compound.rir > (context?.deload ? DELOAD_COMPOUND_RIR.max : FAR_FROM_FAILURE_RIR)
      ? [warn(compoundFarFromFailure, `The compound stopped with ${log.compound.rir} reps left. Take it to 2-3 left so the blade muscles arrive at the shrug already tired.`, log.date)]
      : [],
};

export const shrugShortOfFailure: LogRule = {
  id: 'shrug_short_of_failure',
  severity: 'warning',
  check: (log, _inventory, context) => {
    // The deload week is the one week the shrug stops short, as asked.
    if (log.shrug.toFailure || context?.deload) return [];
    const moved = movementOf(log);
    const pause = moved ? `: ${pauseWords(moved, findCombo(log.comboId)?.shrugPauseSeconds ?? 1)}` : '';
    return [warn(shrugShortOfFailure, `The shrug stopped before failure. It is the one set of the combo meant to go all the way${pause}.`, log.date)];
  },
};
