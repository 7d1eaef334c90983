import { describe, expect, it } from 'vitest';
import { ViewCache } from './view-cache.js';

const counted = () => {
  let runs = 0;
  return {
    compute: (value: string) => async () => {
      runs++;
      return value;
    },
    runs: () => runs,
  };
};

describe('ViewCache.derived and advance', () => {
  it('moves a kept value on by one revision, running the step only when the next value is asked for', async () => {
    const views = new ViewCache();
    const c = counted();
    expect(await views.derived('u', 4, 'k', c.compute('at 4'))).toBe('at 4');
    const steps: string[] = [];
    expect(views.advance<string>('u', 'k', 5, (v) => (steps.push(v), `${v} +1`))).toBe(true);
    expect(views.advance<string>('u', 'k', 6, (v) => (steps.push(v), `${v} +1`))).toBe(true);
    expect(steps).toEqual([]);
    expect(await views.derived('u', 6, 'k', c.compute('read at 6'))).toBe('at 4 +1 +1');
    expect(steps).toEqual(['at 4', 'at 4 +1']);
    expect(c.runs()).toBe(1);
  });

  it('moves nothing kept at another revision, and computes afresh when a step cannot move', async () => {
    const views = new ViewCache();
    const c = counted();
    await views.derived('u', 4, 'k', c.compute('at 4'));
    // A write this process did not see came between: revision 6 is not 4 + 1.
    expect(views.advance<string>('u', 'k', 6, (v) => `${v} +1`)).toBe(false);
    expect(await views.derived('u', 6, 'k', c.compute('read at 6'))).toBe('read at 6');
    expect(views.advance<string>('u', 'k', 7, () => undefined)).toBe(true);
    expect(await views.derived('u', 7, 'k', c.compute('read at 7'))).toBe('read at 7');
    // The fresh value is kept: asked again, nothing runs.
    expect(await views.derived('u', 7, 'k', c.compute('again'))).toBe('read at 7');
    expect(c.runs()).toBe(3);
  });

  it('computes afresh when the value a step starts from fails', async () => {
    const views = new ViewCache();
    let fail!: (err: Error) => void;
    const first = views.derived<string>('u', 1, 'k', () => new Promise((_, reject) => (fail = reject)));
    // Moved on while the read at 1 is still running; then that read fails.
    expect(views.advance<string>('u', 'k', 2, (v) => `${v} +1`)).toBe(true);
    fail(new Error('read failed'));
    await expect(first).rejects.toThrow('read failed');
    expect(await views.derived('u', 2, 'k', async () => 'read at 2')).toBe('read at 2');
  });

  it('computes once for callers that all waited on a step that could not move', async () => {
    const views = new ViewCache();
    const c = counted();
    await views.derived('u', 1, 'k', c.compute('at 1'));
    views.advance<string>('u', 'k', 2, () => undefined);
    const asked = await Promise.all([1, 2, 3].map(() => views.derived('u', 2, 'k', c.compute('read at 2'))));
    expect(asked).toEqual(['read at 2', 'read at 2', 'read at 2']);
    expect(c.runs()).toBe(2);
  });

  it('lets a value go rather than chain more than 32 unasked steps onto it', async () => {
    const views = new ViewCache();
    const c = counted();
    await views.derived('u', 0, 'k', c.compute('at 0'));
    for (let r = 1; r <= 32; r++) expect(views.advance<string>('u', 'k', r, (v) => `${v}+`)).toBe(true);
    expect(views.advance<string>('u', 'k', 33, (v) => `${v}+`)).toBe(false);
    expect(await views.derived('u', 33, 'k', c.compute('read at 33'))).toBe('read at 33');
    // Once a value has been asked for, its steps have run: a new chain may start from it.
    for (let r = 34; r <= 70; r++) {
      expect(views.advance<string>('u', 'k', r, (v) => `${v}+`)).toBe(true);
      if (r % 30 === 0) await views.derived('u', r, 'k', c.compute('not read'));
    }
    expect(await views.derived('u', 70, 'k', c.compute('not read'))).toBe(`read at 33${'+'.repeat(37)}`);
    expect(c.runs()).toBe(2);
  });
});

describe('ViewCache entries', () => {
  it('lets the oldest go when the count or the bytes would pass their bound', () => {
    const views = new ViewCache(3, 8, 10);
    const kb = (n: number) => Buffer.alloc(n);
    views.put('u', 1, 'a', kb(4));
    views.put('u', 1, 'b', kb(4));
    // 4 + 4 + 4 is over 10 bytes: 'a' goes.
    views.put('u', 1, 'c', kb(4));
    expect(['a', 'b', 'c'].map((v) => views.peek('u', 1, v) !== undefined)).toEqual([false, true, true]);
    // The same key again replaces its bytes rather than adding to them.
    views.put('u', 1, 'c', kb(5));
    expect(views.peek('u', 1, 'b')).toBeDefined();
    views.put('u', 2, 'x', kb(1));
    views.put('u', 2, 'y', kb(1));
    // Three entries at most.
    expect(['b', 'c'].map((v) => views.peek('u', 1, v) !== undefined)).toEqual([false, true]);
    expect(views.peek('u', 2, 'y')?.length).toBe(1);
  });
});
