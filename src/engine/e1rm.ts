// Estimated one-rep max from a set stopped short of failure, and its inverse.
// Reps to failure r = reps done + reps in reserve (RIR); e1RM by Epley (1985):
// w * (1 + r/30), with e1RM = w at r <= 1. Linear formulas like Epley are most
// accurate at r <= 10 (Reynolds, Gordon & Robergs 2006, JSCR 20:584), which
// covers the compounds here (6-12 reps at RIR 2-3); shrugs to failure often run
// past 15 reps and are tracked as reps at a load instead (docs/methods.md).

function check(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

/** Reps the lifter could have done at this load: reps + RIR. */
export function repsToFailure(reps: number, rir: number): number {
  check('reps', reps);
  check('rir', rir);
  return reps + rir;
}

// Epley's factor; a single (or no) rep to failure is the 1RM itself.
function epleyFactor(r: number): number {
  return r <= 1 ? 1 : 1 + r / 30;
}

/** Estimated 1RM from `reps` at `load` with `rir` reps left (Epley 1985). */
export function e1rm(load: number, reps: number, rir: number): number {
  check('load', load);
  return load * epleyFactor(repsToFailure(reps, rir));
}

/** The load that leaves `rir` reps in reserve after `reps` reps, for a lifter with this e1RM (Epley inverted, so estimate-then-prescribe agrees). */
export function workingLoad(e1rmValue: number, reps: number, rir: number): number {
  check('e1rm', e1rmValue);
  return e1rmValue / epleyFactor(repsToFailure(reps, rir));
}
