// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TapCounter } from './tap-counter.js';

function Counter() {
  const [reps, setReps] = useState(0);
  return <TapCounter reps={reps} onRep={() => setReps((n) => n + 1)} onUndo={() => setReps((n) => n - 1)} hint="at the top of each rep" />;
}

const live = () => document.querySelector('[aria-live]')!;

describe('shrug rep counter', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts a rep on every tap and says the count', () => {
    render(<Counter />);
    const area = screen.getByRole('button', { name: 'Count a rep' });
    expect(live().textContent).toBe('');
    fireEvent.click(area);
    expect(live().textContent).toBe('1 rep');
    fireEvent.click(area);
    fireEvent.click(area);
    expect(live().textContent).toBe('3 reps');
    expect(area.textContent).toContain('3');
  });

  it('counts with Space and Enter, once per press, not while a key is held', () => {
    render(<Counter />);
    const area = screen.getByRole('button', { name: 'Count a rep' });
    fireEvent.keyDown(area, { key: ' ' });
    fireEvent.keyDown(area, { key: 'Enter' });
    fireEvent.keyDown(area, { key: 'Enter', repeat: true });
    fireEvent.keyDown(area, { key: 'a' });
    expect(live().textContent).toBe('2 reps');
  });

  it('takes a mistaken tap back, and cannot go below zero', () => {
    render(<Counter />);
    const undo = screen.getByRole('button', { name: 'Take one back' });
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Count a rep' }));
    fireEvent.click(undo);
    expect(live().textContent).toBe('');
    expect((undo as HTMLButtonElement).disabled).toBe(true);
  });

  it('takes the focus on the next frame when asked, and drops that frame if it goes first', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const first = render(<TapCounter reps={0} onRep={() => {}} onUndo={() => {}} hint="" autoFocus />);
    const area = screen.getByRole('button', { name: 'Count a rep' });
    expect(document.activeElement).not.toBe(area);
    vi.advanceTimersToNextFrame();
    expect(document.activeElement).toBe(area);
    first.unmount();
    render(<TapCounter reps={0} onRep={() => {}} onUndo={() => {}} hint="" autoFocus />).unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
