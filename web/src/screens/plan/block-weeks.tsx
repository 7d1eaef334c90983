// The block on the Plan screen: every week with the rounds of each combo, the
// deload week, why this week's rounds are what they are, and any variant worth
// rotating. Read-only: the ratings after each combo steer it.
import { findCombo, findExercise } from '../../../../src/engine/catalog/index.js';
import type { Block, BlockWeek } from '../../../../src/engine/block/index.js';
import { Notice } from '../../ui/notice.js';
import { shortDate } from '../history/format.js';

const comboName = (id: string) => findCombo(id)?.name ?? id;

/** "3 rounds of each combo", and the combos that differ named after it. */
function roundsLine(w: BlockWeek): string {
  const n = (k: number) => `${k} round${k === 1 ? '' : 's'}`;
  const tally = new Map<number, number>();
  for (const c of w.combos) tally.set(c.rounds, (tally.get(c.rounds) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const others = w.combos.filter((c) => c.rounds !== usual);
  if (others.length === 0) return `${n(usual)} of each combo`;
  return `${n(usual)} of each combo, but ${others.map((c) => `${n(c.rounds)} of ${comboName(c.comboId)}`).join(' and ')}`;
}

/** The week's reasons, one line per reason with the movements it covers. */
function reasons(w: BlockWeek): string[] {
  const byReason = new Map<string, string[]>();
  for (const d of w.decisions) {
    const [movement, ...rest] = d.reason.split(': ');
    const why = rest.join(': ');
    byReason.set(why, [...(byReason.get(why) ?? []), movement!]);
  }
  return [...byReason].map(([why, ms]) => `${ms.length === w.decisions.length && ms.length > 1 ? 'Every movement' : ms.join(', ').replace(/^./, (c) => c.toUpperCase())}: ${why}.`);
}

export function BlockWeeks({ block, thisWeek }: { block: Block; thisWeek: number }) {
  return (
    <section class="section" aria-labelledby="block-h">
      <h2 id="block-h">Your {block.weeks.length}-week block</h2>
      <p class="muted">Rounds per blade movement climb while you recover, then a lighter week. Your ratings after each combo steer the weeks ahead.</p>
      <ol class="block-weeks">
        {block.weeks.map((w) => (
          <li key={w.week} class="card" aria-current={w.week === thisWeek ? 'step' : undefined} data-deload={w.deload || undefined}>
            <h3>
              Week {w.week}
              {w.deload ? ' · deload' : ''}
              {w.week === thisWeek ? ' · this week' : ''} <span class="muted">from {shortDate(w.startsOn)}</span>
            </h3>
            <p>{roundsLine(w)}.</p>
            {w.deload && <p class="muted">The compound stops 4-5 reps short and the shrug 2-3 short of failure: the one week the shrug does not go all the way.</p>}
            {(w.week === thisWeek || w.week === thisWeek + 1) && (
              <ul class="block-why">
                {reasons(w).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {block.rotations.map((r) => (
        <Notice key={r.comboId} tone="info" title={`Try ${findExercise(r.to)?.name ?? r.to}`}>
          For {comboName(r.comboId)}, instead of {findExercise(r.from)?.name ?? r.from}: {r.reason}. Keep yours if you prefer.
        </Notice>
      ))}
    </section>
  );
}
