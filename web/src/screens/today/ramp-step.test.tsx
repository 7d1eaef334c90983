// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RampStep } from './ramp-step.js';
import { click, mountRunner, USER } from './runner-harness.js';
import { deadliftSession } from './session-fixture.js';

afterEach(cleanup);

// The deadlift combo works up to 92.5 kg: 20 × 8, 45 × 8, 62.5 × 4, 77.5 × 2.
const combo = deadliftSession().combos[0]!;
const boxes = () => screen.getAllByRole('checkbox') as HTMLInputElement[];

describe('ramp-up step', () => {
  it('lists each ramp-up set with its load, reps and how to build it, under the work set it leads to', () => {
    render(<RampStep combo={combo} done={[]} onToggle={vi.fn()} onDone={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Work up' })).toBeTruthy();
    expect(screen.getByText('Deadlift + shrug · to 92.5 kg for the work set')).toBeTruthy();
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['20 kg × 8empty 20 kg bar', '45 kg × 820 kg bar + 10, 2.5 per side', '62.5 kg × 420 kg bar + 20, 1.25 per side', '77.5 kg × 220 kg bar + 25, 2.5, 1.25 per side']);
    expect(screen.getByRole('group', { name: 'Barbell deadlift: ramp-up sets' })).toBeTruthy();
  });

  it('ticks the sets it is told are done, and a tap on one asks to toggle that one', () => {
    const onToggle = vi.fn();
    render(<RampStep combo={combo} done={[0, 2]} onToggle={onToggle} onDone={vi.fn()} />);
    expect(boxes().map((b) => b.checked)).toEqual([true, false, true, false]);
    fireEvent.click(boxes()[1]!);
    expect(onToggle).toHaveBeenCalledWith(1);
  });

  it('offers to skip to the work set until every set is ticked, then to go on to it', () => {
    const onDone = vi.fn();
    const { rerender } = render(<RampStep combo={combo} done={[0, 1, 2]} onToggle={vi.fn()} onDone={onDone} />);
    click('Skip to the work set');
    expect(onDone).toHaveBeenCalledTimes(1);
    rerender(<RampStep combo={combo} done={[0, 1, 2, 3]} onToggle={vi.fn()} onDone={onDone} />);
    expect(screen.queryByRole('button', { name: 'Skip to the work set' })).toBeNull();
    click('On to the work set');
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('logs the ticked sets, and only those, with the first round', async () => {
    const { outbox } = await mountRunner();
    click('Start');
    click('Skip the rest of the warm-up');
    fireEvent.click(boxes()[0]!);
    fireEvent.click(boxes()[3]!);
    fireEvent.click(boxes()[1]!);
    // Unticked again: not done after all.
    fireEvent.click(boxes()[1]!);
    expect(boxes().map((b) => b.checked)).toEqual([true, false, false, true]);
    click('Skip to the work set');
    expect(screen.getByRole('heading', { level: 1, name: 'Barbell deadlift' })).toBeTruthy();
    click('Done as suggested');
    click('Count a rep');
    click('Reached failure');
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    // The outbox gives each set its own id for retries.
    expect((await outbox.list(USER))[0]!.body.rampUp).toEqual([
      { id: expect.any(String), load: 20, reps: 8 },
      { id: expect.any(String), load: 77.5, reps: 2 },
    ]);
  });

  it('logs no ramp-up sets when none was ticked', async () => {
    const { outbox } = await mountRunner();
    click('Start');
    click('Skip the rest of the warm-up');
    click('Skip to the work set');
    click('Done as suggested');
    click('Count a rep');
    click('Reached failure');
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    expect((await outbox.list(USER))[0]!.body.rampUp).toBeUndefined();
  });
});
