// The week generator behind the API: bad input is answered as a 400 naming the
// field, which PlanInputError knows.
import type { ProgramInput, WeekPlan } from '../engine/model.js';
import { generatePlan, PlanInputError } from '../engine/program/index.js';
import { ApiError } from './errors.js';

export function generateChecked(input: ProgramInput): WeekPlan {
  try {
    return generatePlan(input);
  } catch (err) {
    if (!(err instanceof PlanInputError)) throw err;
    throw new ApiError('bad_request', `That week does not work: ${err.reason}.`, [{ field: err.field, message: err.reason }]);
  }
}
