// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../../../src/engine/catalog/index.js';
import { CompoundStep } from './compound-step.js';
import { click, heading, mountRunner, USER } from './runner-harness.js';
import { deadliftSession } from './session-fixture.js';

afterEach(cleanup);

// The deadlift combo's work set: 92.5 kg (20 kg bar + 25, 10, 1.25 per side) for 8, RIR 2-3, two rounds.
const combo = deadliftSession().combos[0]!;
const asPlanned = { load: 92.5, reps: 8, rir: 2 };
const value = (label: string) => screen.getByRole('group', { name: label }).querySelector('output')!.textContent;

describe('compound step', () => {
  it('shows the load, how to build it, the target and the reminder to stop short of failure', () => {
    render(<CompoundStep combo={combo} round={1} draft={asPlanned} onSet={vi.fn()} onDone={vi.fn()} />);
    expect(heading()).toBe('Barbell deadlift');
    expect(screen.getByText('Deadlift + shrug · round 2 of 2')).toBeTruthy();
    expect(document.querySelector('.big-load')!.textContent).toBe('92.5 kg');
    expect(document.querySelector('.breakdown')!.textContent).toBe('20 kg bar + 25, 10, 1.25 per side');
    const aim = screen.getByText(/^Aim for/).textContent;
    expect(aim).toBe('Aim for 8 reps and stop with 2-3 left in the tank. Not to failure: that is the shrug’s job.');
    expect(screen.getByText(findExercise('barbell_deadlift')!.cues[0]!)).toBeTruthy();
    expect(value('Reps done')).toBe('8');
    expect(value('Reps left')).toBe('2');
  });

  it('says "Done as suggested" only while the numbers are the suggested ones', () => {
    const onDone = vi.fn();
    const { rerender } = render(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={vi.fn()} onDone={onDone} />);
    click('Done as suggested');
    expect(onDone).toHaveBeenCalledTimes(1);
    rerender(<CompoundStep combo={combo} round={0} draft={{ ...asPlanned, rir: 3 }} onSet={vi.fn()} onDone={onDone} />);
    expect(screen.queryByRole('button', { name: 'Done as suggested' })).toBeNull();
    click('Done');
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('steps reps and reps left by one, within their limits', () => {
    const onSet = vi.fn();
    const { rerender } = render(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={onSet} onDone={vi.fn()} />);
    click('Reps done: one more');
    click('Reps left: one less');
    expect(onSet.mock.calls).toEqual([
      ['reps', 9],
      ['rir', 1],
    ]);
    rerender(<CompoundStep combo={combo} round={0} draft={{ ...asPlanned, rir: 0 }} onSet={onSet} onDone={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Reps left: one less' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('takes another load typed with a decimal comma, refuses one that is not a number, and drops the plate list for it', () => {
    const onSet = vi.fn();
    const { rerender } = render(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={onSet} onDone={vi.fn()} />);
    const input = screen.getByLabelText('Load in kg') as HTMLInputElement;
    expect(input.value).toBe('92.5');
    fireEvent.input(input, { target: { value: 'heavy' } });
    expect((screen.getByRole('button', { name: 'Use it' }) as HTMLButtonElement).disabled).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be a number.')).toBeTruthy();
    // The server's own bounds and words, before anything is logged.
    fireEvent.input(input, { target: { value: '-20' } });
    expect((screen.getByRole('button', { name: 'Use it' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Must not be negative (only bodyweight lifts take band help as a negative load).')).toBeTruthy();
    fireEvent.input(input, { target: { value: '10000' } });
    expect(screen.getByText('Must be at most 1000.')).toBeTruthy();
    for (const blank of ['', '🏋️']) {
      fireEvent.input(input, { target: { value: blank } });
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Must be a number.');
    }
    fireEvent.input(input, { target: { value: '97,5' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    click('Use it');
    expect(onSet).toHaveBeenCalledWith('load', 97.5);
    // A load the plan did not build: its plates would be wrong, so none are shown.
    rerender(<CompoundStep combo={combo} round={0} draft={{ ...asPlanned, load: 97.5 }} onSet={onSet} onDone={vi.fn()} />);
    expect(document.querySelector('.big-load')!.textContent).toBe('97.5 kg');
    expect(document.querySelector('.breakdown')).toBeNull();
  });

  it('logs the round with the load, reps and reps left the lifter set, and the shrug at that load', async () => {
    const { outbox } = await mountRunner();
    click('Start');
    click('Skip the rest of the warm-up');
    click('Skip to the work set');
    fireEvent.input(screen.getByLabelText('Load in kg'), { target: { value: '95' } });
    click('Use it');
    click('Reps done: one less');
    click('Reps left: one more');
    expect(value('Reps done')).toBe('7');
    click('Done');
    expect(heading()).toBe('Shrug now');
    expect(screen.getByText(/^95 kg · /)).toBeTruthy();
    click('Count a rep');
    click('Reached failure');
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    const { body } = (await outbox.list(USER))[0]!;
    expect(body.compound).toMatchObject({ exercise: 'barbell_deadlift', load: 95, reps: 7, rir: 3 });
    expect(body.shrug).toMatchObject({ exercise: 'barbell_shrug', load: 95, reps: 1, toFailure: true });
  });

  it('brings the other-load field into view when it is opened, above the sticky buttons', () => {
    render(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={vi.fn()} onDone={vi.fn()} />);
    const input = screen.getByLabelText('Load in kg') as HTMLInputElement;
    const scrolled = vi.fn();
    input.scrollIntoView = scrolled;
    const details = document.querySelector('details.load-editor') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('offers a calibration set, and logs the call and the reps to failure with the shrug still at once', async () => {
    const { outbox } = await mountRunner();
    click('Start');
    click('Skip the rest of the warm-up');
    click('Skip to the work set');
    // No calibration set of this combo yet in this block: offered.
    click('Make this a calibration set');
    expect(screen.getByText(/calibration set$/)).toBeTruthy();
    expect(value('Reps when you called 2 left')).toBe('8');
    expect(value('Reps at failure')).toBe('10');
    click('Reps at failure: one more');
    click('Reps when you called 2 left: one less');
    expect(value('Reps when you called 2 left')).toBe('7');
    click('Done, to failure');
    expect(heading()).toBe('Shrug now');
    click('Count a rep');
    click('Reached failure');
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    const { body } = (await outbox.list(USER))[0]!;
    expect(body.compound).toMatchObject({ exercise: 'barbell_deadlift', load: 92.5, reps: 11, rir: 0, calibration: { calledRir: 2, repsAtCall: 7, repsToFailure: 11 } });
    expect(body.shrug).toMatchObject({ reps: 1, toFailure: true });
    // Once in the block is enough: round 2 is an ordinary set, and no other is offered.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Skip rest' })).toBeTruthy());
    click('Skip rest');
    expect(screen.getByText(/round 2 of/)).toBeTruthy();
    expect(value('Reps left')).toBe('2');
    expect(screen.queryByRole('button', { name: 'Make this a calibration set' })).toBeNull();
  });

  it('turns a calibration set back into an ordinary set with the suggested numbers', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={vi.fn()} onDone={vi.fn()} calibration={{ offered: true, onToggle }} />);
    click('Make this a calibration set');
    expect(onToggle).toHaveBeenLastCalledWith(true);
    rerender(<CompoundStep combo={combo} round={0} draft={{ ...asPlanned, reps: 10, rir: 0, calibration: { repsAtCall: 8 } }} onSet={vi.fn()} onDone={vi.fn()} calibration={{ offered: true, onToggle }} />);
    expect(screen.getByText(/Only where failing is safe/)).toBeTruthy();
    click('Make it an ordinary set');
    expect(onToggle).toHaveBeenLastCalledWith(false);
    rerender(<CompoundStep combo={combo} round={0} draft={asPlanned} onSet={vi.fn()} onDone={vi.fn()} calibration={{ offered: false, onToggle }} />);
    expect(screen.queryByRole('button', { name: 'Make this a calibration set' })).toBeNull();
  });
});
