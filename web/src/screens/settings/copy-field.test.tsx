// @vitest-environment happy-dom
// The Copy button's "Copied." goes away by itself, and its timer goes with the field.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyField } from './copy-field.js';

const writeText = vi.fn(async () => {});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function copied() {
  render(<CopyField label="Invite link" value="https://example.org/i/abc" />);
  await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy invite link' })));
  expect(writeText).toHaveBeenCalledWith('https://example.org/i/abc');
  expect(screen.getByRole('status').textContent).toBe('Copied.');
}

describe('CopyField', () => {
  it('says "Copied." for four seconds', async () => {
    await copied();
    act(() => void vi.advanceTimersByTime(3_999));
    expect(screen.getByRole('status').textContent).toBe('Copied.');
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind when it goes before then', async () => {
    await copied();
    expect(vi.getTimerCount()).toBe(1);
    cleanup();
    expect(vi.getTimerCount()).toBe(0);
  });
});
