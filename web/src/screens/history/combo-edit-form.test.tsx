// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Round } from '../../api/types.js';
import { ComboEditForm } from './combo-edit-form.js';

const log: Round = {
  id: 'r1', sessionId: 's1', date: '2026-11-20', position: 0, combo: 'deadlift_elevation',
  compound: { id: 'c1', exercise: 'barbell_deadlift', load: 140, reps: 8, rir: 2 },
  shrug: { id: 's1', exercise: 'barbell_shrug', load: 140, reps: 14, toFailure: true },
  secondsBetween: 2, rampUp: [], restSeconds: null, notes: null, unit: 'kg', bodyweight: null, createdAt: '2026-11-20T10:00:00Z',
};

afterEach(cleanup);

describe('correcting a round', () => {
  it('refuses what the server would refuse, under each field and in its words, and sends nothing', () => {
    const save = vi.fn();
    render(<ComboEditForm log={log} onSaved={vi.fn()} onCancel={vi.fn()} save={save} />);
    const [compoundLoad, shrugLoad] = screen.getAllByLabelText('Load (kg)') as HTMLInputElement[];
    const [compoundReps, shrugReps] = screen.getAllByLabelText('Reps') as HTMLInputElement[];
    fireEvent.input(compoundLoad!, { target: { value: '-20' } });
    fireEvent.input(shrugLoad!, { target: { value: 'abc' } });
    fireEvent.input(compoundReps!, { target: { value: '0' } });
    fireEvent.input(shrugReps!, { target: { value: '101' } });
    fireEvent.input(screen.getByLabelText('Reps in reserve'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    for (const message of [
      'Must not be negative (only bodyweight lifts take band help as a negative load).',
      'Must be a number.',
      'Must be at least 1.',
      'Must be at most 100.',
      'Must be at most 10.',
    ]) {
      expect(screen.getByText(message)).toBeTruthy();
    }
  });

  it('sends the corrected round once every field passes', async () => {
    const save = vi.fn().mockResolvedValue({ log, warnings: [] });
    const onSaved = vi.fn();
    render(<ComboEditForm log={log} onSaved={onSaved} onCancel={vi.fn()} save={save} />);
    fireEvent.input(screen.getAllByLabelText('Reps')[1]!, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(save.mock.calls[0]![1]).toMatchObject({ shrug: { reps: 15, load: 140 }, compound: { load: 140, reps: 8, rir: 2 } });
  });

  it('refuses a number as it is typed, before Save, and says how band help reads on a bodyweight lift', () => {
    render(<ComboEditForm log={log} onSaved={vi.fn()} onCancel={vi.fn()} save={vi.fn()} />);
    const [compoundLoad] = screen.getAllByLabelText('Load (kg)') as HTMLInputElement[];
    fireEvent.input(compoundLoad!, { target: { value: '🏋️' } });
    expect(compoundLoad!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be a number.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(compoundLoad!, { target: { value: '145' } });
    expect(compoundLoad!.getAttribute('aria-invalid')).toBeNull();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
    cleanup();

    const band: Round = { ...log, combo: 'pulldown_downward_rotation', compound: { ...log.compound, exercise: 'pull_up', load: -20 }, shrug: { ...log.shrug, exercise: 'downward_rotation_shrug', load: -20 } };
    render(<ComboEditForm log={band} onSaved={vi.fn()} onCancel={vi.fn()} save={vi.fn()} />);
    expect(screen.getAllByText(/Reads: bodyweight − 20 kg band\./).length).toBeGreaterThan(0);
  });
});
