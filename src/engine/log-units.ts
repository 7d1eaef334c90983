// A logged round restated in another unit, so progression can work in the
// lifter's unit whatever unit the log was kept in (a kg log, a lb gym).
import type { ComboLog } from './model.js';
import type { Unit } from './types.js';
import { convert } from './units.js';

/** The same round with every load and the bodyweight in `unit`; the log itself when it is already there. */
export function logInUnit(log: ComboLog, unit: Unit): ComboLog {
  if (log.unit === unit) return log;
  const c = (x: number) => convert(x, log.unit, unit);
  const out: ComboLog = {
    ...log,
    unit,
    compound: { ...log.compound, load: c(log.compound.load) },
    shrug: { ...log.shrug, load: c(log.shrug.load) },
  };
  if (log.bodyweight !== undefined) out.bodyweight = c(log.bodyweight);
  if (log.rampUp) out.rampUp = log.rampUp.map((s) => ({ ...s, load: c(s.load) }));
  return out;
}
