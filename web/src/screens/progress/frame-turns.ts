// Work spread one piece per frame: the first piece runs at once, each next one
// after the previous one's frame has been painted. Charts use it so the first
// on the screen shows without waiting for those below it (building a uPlot is
// 10-25 ms on a phone).
//
// Every piece can leave: take() answers a function that removes it from the
// queue if it is still waiting. The pending frame (and the task after it) is
// cancelled as soon as nothing needs it any more, that is, when the piece that
// just ran has left and nothing waits; so an unmounted screen leaves no
// callback behind and the queue is idle again for the next one.

/** Leaves the queue; safe to call more than once, and after the turn has run. */
export type Leave = () => void;

export interface FrameTurns {
  /** Runs `work` now if the queue is idle, else in its turn. */
  take(work: () => void): Leave;
}

/** The browser's frame and task timers, looked up when used so fake timers apply. */
export interface FrameClock {
  requestFrame(fn: () => void): number;
  cancelFrame(id: number): void;
  setTask(fn: () => void): ReturnType<typeof setTimeout>;
  clearTask(id: ReturnType<typeof setTimeout>): void;
}

const browserClock: FrameClock = {
  requestFrame: (fn) => requestAnimationFrame(fn),
  cancelFrame: (id) => cancelAnimationFrame(id),
  setTask: (fn) => setTimeout(fn, 0),
  clearTask: (id) => clearTimeout(id),
};

interface Turn {
  work: () => void;
}

export function frameTurns(clock: FrameClock = browserClock): FrameTurns {
  const waiting: Turn[] = [];
  /** The turn that ran last, until the frame after it is painted; null once it left. */
  let current: Turn | null = null;
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;
  const busy = () => frame !== null || task !== null;

  function stop(): void {
    if (frame !== null) clock.cancelFrame(frame);
    if (task !== null) clock.clearTask(task);
    frame = task = null;
    current = null;
  }

  function next(): void {
    task = null;
    current = null;
    const turn = waiting.shift();
    if (turn) run(turn);
  }

  function run(turn: Turn): void {
    current = turn;
    try {
      turn.work();
    } finally {
      // After this frame's paint (a task queued from the frame callback runs
      // after it), the next turn waiting, if any.
      frame = clock.requestFrame(() => {
        frame = null;
        task = clock.setTask(next);
      });
    }
  }

  return {
    take(work) {
      const turn: Turn = { work };
      if (busy()) waiting.push(turn);
      else run(turn);
      return () => {
        const i = waiting.indexOf(turn);
        if (i >= 0) waiting.splice(i, 1);
        if (current === turn) current = null;
        // The frame only keeps the last piece's paint apart from the next piece.
        if (current === null && waiting.length === 0) stop();
      };
    },
  };
}
