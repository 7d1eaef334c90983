// @vitest-environment happy-dom
// The block summary on Progress: each movement trained with its hard sets, its
// strength and shrug changes and where the next block starts, and the soreness trend.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { planBlock, summarizeBlock } from '../../../../src/engine/block/index.js';
import { commercialGym } from '../../../../src/engine/inventory-presets.js';
import type { ComboLog } from '../../../../src/engine/model.js';
import { generatePlan } from '../../../../src/engine/program/generate.js';
import { BlockSummaryList } from './block-summary.js';

const inventory = commercialGym('kg');
const plan = generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory, experience: 'intermediate' });
const row = (date: string, reps: number, shrug: number, soreness: 'healed_early' | 'still_sore'): ComboLog => ({
  date, comboId: 'incline_row_retraction', compoundId: 'incline_db_row', shrugId: 'incline_retraction_shrug', unit: 'kg',
  compound: { load: 30, reps, rir: 2 }, shrug: { load: 30, reps: shrug, toFailure: true }, secondsBetween: 2, feedback: { soreness },
});

afterEach(cleanup);

describe('the block on Progress', () => {
  it('lists each movement trained with its sets, changes and next start, and the trend', () => {
    // Nothing of it in week 2, so week 3 holds at 3 rounds; still sore then: 2, and the next block starts a round under, at 1.
    const history = [row('2026-11-30', 10, 14, 'healed_early'), row('2026-12-14', 12, 15, 'still_sore')];
    const block = planBlock({ plan, inventory, start: '2026-11-30', history });
    render(<BlockSummaryList summary={summarizeBlock(block, history, 'kg')} week={3} of={5} unit="kg" />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe('Retraction: 4 hard sets · estimated 1RM 42 kg → 44 kg · shrug 14 → 15 reps · the next block starts at 1 round');
    expect(screen.getByText(/^Week 3 of 5\. Still sore 1 time in the second half against 0 in the first/)).toBeTruthy();
  });

  it('says so when nothing is logged in the block yet', () => {
    const block = planBlock({ plan, inventory, start: '2026-11-30' });
    render(<BlockSummaryList summary={summarizeBlock(block, [], 'kg')} week={1} of={5} unit="kg" />);
    expect(screen.getByText('Week 1 of 5. Nothing logged in this block yet.')).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
