// @vitest-environment happy-dom
// The block on the Plan screen: a card a week with its rounds, this week
// marked with its reasons, the deload set apart and said plainly, and a
// variant worth rotating offered, never forced.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { planBlock } from '../../../../src/engine/block/index.js';
import { commercialGym } from '../../../../src/engine/inventory-presets.js';
import { generatePlan } from '../../../../src/engine/program/generate.js';
import { BlockWeeks } from './block-weeks.js';

const inventory = commercialGym('kg');
const plan = generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory, experience: 'intermediate' });

afterEach(cleanup);

describe('the block on the Plan screen', () => {
  it('shows every week with its rounds, this week with why, and the deload', () => {
    const block = planBlock({ plan, inventory, start: '2026-11-30' });
    render(<BlockWeeks block={block} thisWeek={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your 5-week block' })).toBeTruthy();
    const weeks = screen.getAllByRole('listitem').filter((li) => li.classList.contains('card'));
    expect(weeks).toHaveLength(5);
    expect(weeks[1]!.getAttribute('aria-current')).toBe('step');
    expect(weeks[1]!.textContent).toMatch(/Week 2 · this week/);
    expect(weeks[1]!.textContent).toMatch(/3 rounds of each combo\./);
    expect(weeks[1]!.textContent).toMatch(/Every movement: no feedback yet, so the planned ramp: 2 → 3\./);
    expect(weeks[4]!.textContent).toMatch(/Week 5 · deload/);
    expect(weeks[4]!.textContent).toMatch(/the shrug 2-3 short of failure: the one week the shrug does not go all the way/);
    // Far weeks keep to their rounds; reasons are for this week and the next.
    expect(weeks[3]!.querySelector('.block-why')).toBeNull();
  });

  it('offers another variant when one hurts, and lets the lifter keep theirs', () => {
    const history = [{ date: '2026-11-30', comboId: 'incline_row_retraction', compoundId: 'incline_db_row', shrugId: 'incline_retraction_shrug', unit: 'kg' as const, compound: { load: 30, reps: 10, rir: 2 }, shrug: { load: 30, reps: 14, toFailure: true }, secondsBetween: 2, feedback: { joints: 'pain' as const } }];
    render(<BlockWeeks block={planBlock({ plan, inventory, start: '2026-11-30', history })} thisWeek={1} />);
    expect(screen.getByText(/your joints hurt on the last session of this combo/).textContent).toMatch(/Keep yours if you prefer\./);
  });
});
