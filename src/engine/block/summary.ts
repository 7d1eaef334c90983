// What a block did, for the lifter and for the next block: rounds per week of
// each blade movement, hard sets per movement and per muscle, how the compound's
// estimated 1RM and the shrug's reps to failure moved, and how the soreness
// ratings trended. The next block starts from here (plan-block.ts startRounds).
import { dayNumber } from '../analytics/dates.js';
import { weeklyVolume } from '../analytics/volume.js';
import type { ComboLog, Feedback } from '../model.js';
import type { MovementId, MuscleId } from '../types.js';
import { exposures } from './exposures.js';
import type { Block } from './plan-block.js';

export interface MovementSummary {
  movement: MovementId;
  /** Rounds per week as the block set them (the deload last). */
  plannedRounds: number[];
  /** Rounds logged per week of the block. */
  loggedRounds: number[];
  /** Hard sets over the block (a round is two: compound and shrug). */
  sets: number;
  /** First and last estimated 1RM of the compound in the block, in the block's unit; null without two sessions. */
  e1rm: { first: number; last: number; change: number } | null;
  /** Shrug reps to failure, first and last session of the block, at their loads. */
  shrug: { first: { reps: number; load: number }; last: { reps: number; load: number } } | null;
  /** Soreness ratings over the block, in order. */
  soreness: NonNullable<Feedback['soreness']>[];
  /** Where the next block starts: a round under the last accumulation week's. */
  nextStartRounds: number;
}

export interface BlockSummary {
  movements: MovementSummary[];
  /** Hard sets per muscle over the logged weeks (a secondary mover counts part of a set). */
  muscles: { muscle: MuscleId; sets: number }[];
  /** Soreness across movements: how many "still sore" in the first half of the block and in the second. */
  trend: { stillSoreFirstHalf: number; stillSoreSecondHalf: number; sentence: string };
}

export function summarizeBlock(block: Block, history: readonly ComboLog[], unit: ComboLog['unit']): BlockSummary {
  const startDay = dayNumber(block.start);
  const endDay = startDay + block.weeks.length * 7;
  const inside = history.filter((l) => {
    const d = dayNumber(l.date);
    return d >= startDay && d < endDay;
  });
  const weekOf = (date: string) => Math.floor((dayNumber(date) - startDay) / 7);
  const seen = exposures(inside, unit);
  // Weeks 1-2 of a 5-week block are its first half; the middle week counts with the second.
  const half = Math.floor(block.weeks.length / 2);
  let early = 0;
  let late = 0;
  const movements = (block.weeks[0]?.combos ?? []).map((c): MovementSummary => {
    const mine = seen.filter((e) => e.movement === c.movement);
    const loggedRounds = block.weeks.map((_, w) => mine.filter((e) => weekOf(e.date) === w).reduce((n, e) => n + e.rounds, 0));
    const soreness = mine.flatMap((e) => (e.feedback.soreness ? [e.feedback.soreness] : []));
    for (const e of mine) {
      if (e.feedback.soreness !== 'still_sore') continue;
      if (weekOf(e.date) < half) early++;
      else late++;
    }
    const first = mine[0];
    const last = mine.at(-1);
    const two = first && last && first !== last;
    const accumulation = block.weeks.filter((w) => !w.deload).at(-1);
    const lastRounds = accumulation?.combos.find((k) => k.movement === c.movement)?.rounds ?? c.rounds;
    return {
      movement: c.movement,
      plannedRounds: block.weeks.map((w) => w.combos.find((k) => k.movement === c.movement)?.rounds ?? 0),
      loggedRounds,
      sets: 2 * loggedRounds.reduce((a, b) => a + b, 0),
      e1rm: two ? { first: first.e1rm, last: last.e1rm, change: last.e1rm - first.e1rm } : null,
      shrug: two ? { first: { reps: first.shrugReps, load: first.shrugLoad }, last: { reps: last.shrugReps, load: last.shrugLoad } } : null,
      soreness,
      nextStartRounds: Math.max(1, lastRounds - 1),
    };
  });
  const totals = new Map<MuscleId, number>();
  for (const week of weeklyVolume(inside)) for (const [muscle, v] of Object.entries(week.muscles) as [MuscleId, { sets: number }][]) if (v.sets > 0) totals.set(muscle, (totals.get(muscle) ?? 0) + v.sets);
  const sentence =
    early + late === 0
      ? 'No session left you still sore: recovery kept up with the volume.'
      : late > early
        ? `Still sore ${late} time${late === 1 ? '' : 's'} in the second half against ${early} in the first: fatigue built up, as a block means it to before the deload.`
        : `Still sore ${early} time${early === 1 ? '' : 's'} in the first half and ${late} in the second: you adapted to the volume.`;
  return {
    movements,
    muscles: [...totals.entries()].map(([muscle, sets]) => ({ muscle, sets: Math.round(sets * 10) / 10 })).sort((a, b) => b.sets - a.sets),
    trend: { stillSoreFirstHalf: early, stillSoreSecondHalf: late, sentence },
  };
}
