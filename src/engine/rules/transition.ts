// The shrug follows the compound at once: no rest between the two halves.
import { warn, type LogRule } from './rule.js';

/**
 * Longest gap, in seconds, from the compound's last rep to the first shrug rep.
 * Our own number: enough to rack a bar or reset a grip, short enough that the
 * blade muscles get no rest and the blood pooled by the compound has not drained
 * (docs/system.md, The rules of every combo). No study sets it; shared with the web app's timer.
 */
export const MAX_TRANSITION_SECONDS = 5;

export const slowTransition: LogRule = {
  id: 'slow_transition',
  severity: 'warning',
  check: (log) =>
    log.secondsBetween > MAX_TRANSITION_SECONDS
      ? [
          warn(
            slowTransition,
            `${log.secondsBetween} s passed between the compound and the shrug. Go straight into the shrug (within ${MAX_TRANSITION_SECONDS} s): every second of rest lets the blade muscles recover.`,
            log.date,
          ),
        ]
      : [],
};
