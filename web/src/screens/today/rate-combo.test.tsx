// @vitest-environment happy-dom
// After a combo: a tap a question, each optional; every tap keeps what was
// chosen so far, and a later tap on the same question replaces the answer.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateCombo } from './rate-combo.js';

afterEach(cleanup);

describe('rating a combo', () => {
  it('sends each tap with the answers so far, and marks the chosen one', async () => {
    const onRate = vi.fn(async () => {});
    render(<RateCombo movement="retraction" onRate={onRate} />);
    expect(screen.getByRole('heading', { name: 'How was the retraction?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'A lot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Healed early' }));
    fireEvent.click(screen.getByRole('button', { name: 'Just in time' }));
    expect(onRate).toHaveBeenLastCalledWith({ pump: 'a_lot', soreness: 'just_in_time' });
    expect(screen.getByRole('button', { name: 'Just in time' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Healed early' }).getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(screen.getByText(/Saved: next week’s rounds for this movement follow it\./)).toBeTruthy());
  });
});
