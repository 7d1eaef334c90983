import { describe, expect, it } from 'vitest';
import { frameTurns, type FrameClock } from './frame-turns.js';

/** A hand-driven clock: frames and tasks run only when the test says so. */
function handClock() {
  let id = 0;
  const frames = new Map<number, () => void>();
  const tasks = new Map<number, () => void>();
  const runAll = (m: Map<number, () => void>) => {
    const due = [...m.entries()];
    m.clear();
    for (const [, fn] of due) fn();
  };
  const clock: FrameClock = {
    requestFrame: (fn) => (frames.set(++id, fn), id),
    cancelFrame: (h) => void frames.delete(h),
    setTask: (fn) => (tasks.set(++id, fn), id as unknown as ReturnType<typeof setTimeout>),
    clearTask: (h) => void tasks.delete(h as unknown as number),
  };
  return {
    clock,
    pending: () => frames.size + tasks.size,
    /** The frame callback alone: the task after the paint is then pending. */
    frame: () => runAll(frames),
    /** The frame is painted, then the task after it runs. */
    paint: () => {
      runAll(frames);
      runAll(tasks);
    },
  };
}

describe('one turn per frame', () => {
  it('runs the first at once and each next one after the frame before is painted', () => {
    const h = handClock();
    const turns = frameTurns(h.clock);
    const ran: string[] = [];
    turns.take(() => ran.push('a'));
    turns.take(() => ran.push('b'));
    turns.take(() => ran.push('c'));
    expect(ran).toEqual(['a']);
    h.paint();
    expect(ran).toEqual(['a', 'b']);
    h.paint();
    expect(ran).toEqual(['a', 'b', 'c']);
    h.paint();
    expect(h.pending()).toBe(0);
  });

  it('skips a turn that left while waiting, and leaves nothing pending when the last one goes', () => {
    const h = handClock();
    const turns = frameTurns(h.clock);
    const ran: string[] = [];
    const leaveA = turns.take(() => ran.push('a'));
    const leaveB = turns.take(() => ran.push('b'));
    const leaveC = turns.take(() => ran.push('c'));
    leaveB();
    h.paint();
    expect(ran).toEqual(['a', 'c']);
    leaveA();
    expect(h.pending()).toBe(1);
    leaveC();
    expect(h.pending()).toBe(0);
    // Idle again: the next one runs at once.
    turns.take(() => ran.push('d'));
    expect(ran).toEqual(['a', 'c', 'd']);
  });

  it('cancels the frame when the turn that ran leaves and none waits, and keeps it while one does', () => {
    const h = handClock();
    const turns = frameTurns(h.clock);
    const ran: string[] = [];
    const leaveA = turns.take(() => ran.push('a'));
    const leaveB = turns.take(() => ran.push('b'));
    leaveA();
    expect(h.pending()).toBe(1);
    leaveB();
    expect(h.pending()).toBe(0);
    expect(ran).toEqual(['a']);
    leaveA();
    leaveB();
    expect(h.pending()).toBe(0);
  });

  it('cancels the task after the paint too, if the last turn leaves between the two', () => {
    const h = handClock();
    const turns = frameTurns(h.clock);
    const leaveA = turns.take(() => {});
    h.frame();
    expect(h.pending()).toBe(1);
    leaveA();
    expect(h.pending()).toBe(0);
  });
});
