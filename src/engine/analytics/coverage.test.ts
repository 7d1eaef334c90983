import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import type { ComboLog } from '../model.js';
import type { MovementId } from '../types.js';
import { coverage } from './coverage.js';

function shrugOf(movement: MovementId, date: string): ComboLog {
  const combo = CATALOG.combos.find((c) => c.movement === movement)!;
  return {
    date,
    comboId: combo.id,
    compoundId: combo.compounds[0]!,
    shrugId: combo.shrug,
    unit: 'kg',
    bodyweight: 80,
    compound: { load: 40, reps: 10, rir: 2 },
    shrug: { load: 40, reps: 12, toFailure: true },
    secondsBetween: 5,
  };
}

const times = (n: number, movement: MovementId, date: string) => Array.from({ length: n }, () => shrugOf(movement, date));

// asOf Sunday 2024-03-31 with a 4-week window: 2024-03-04 to 2024-03-31.
const ASOF = '2024-03-31';

describe('coverage', () => {
  it('counts shrug sets inside the window and the last date each movement was trained', () => {
    const c = coverage(
      [
        ...times(3, 'retraction', '2024-03-04'), // first day of the window
        ...times(2, 'retraction', '2024-03-03'), // the day before: out
        ...times(2, 'retraction', '2024-04-01'), // after asOf: out
      ],
      ASOF,
    );
    expect(c.from).toBe('2024-03-04');
    expect(c.to).toBe(ASOF);
    expect(c.movements.find((m) => m.movement === 'retraction')).toEqual({ movement: 'retraction', sets: 3, lastTrained: '2024-03-04' });
  });

  it('names a movement never trained and one dropped inside the window', () => {
    const history = [
      ...times(6, 'retraction', '2024-03-20'),
      ...times(6, 'protraction', '2024-03-20'),
      ...times(6, 'downward_rotation', '2024-03-21'),
      ...times(6, 'upward_rotation', '2024-03-21'),
      ...times(4, 'elevation', '2024-01-10'),
    ];
    const c = coverage(history, ASOF);
    expect(c.neglected.map((n) => n.movement)).toEqual(['elevation', 'depression']);
    const [elevation, depression] = c.neglected;
    expect(elevation!.message).toContain('2024-01-10');
    expect(elevation!.message).toContain('elevation');
    expect(depression!.lastTrained).toBeNull();
    expect(depression!.message).toContain('Dip + depression shrug');
  });

  it('names a movement trained far less than the others', () => {
    const history = [
      ...times(6, 'retraction', '2024-03-20'),
      ...times(6, 'protraction', '2024-03-20'),
      ...times(6, 'elevation', '2024-03-20'),
      ...times(6, 'depression', '2024-03-20'),
      ...times(6, 'downward_rotation', '2024-03-21'),
      ...times(1, 'upward_rotation', '2024-03-21'), // 1 against an average of 6: left behind
    ];
    const c = coverage(history, ASOF);
    expect(c.neglected.map((n) => n.movement)).toEqual(['upward_rotation']);
    expect(c.neglected[0]!.message).toMatch(/Only 1 upward rotation set .*about 6/);
  });

  it('names none when the six are trained about evenly', () => {
    const moves: MovementId[] = ['retraction', 'protraction', 'elevation', 'depression', 'downward_rotation', 'upward_rotation'];
    const history = moves.flatMap((m, i) => times(4 + (i % 3), m, '2024-03-25'));
    expect(coverage(history, ASOF).neglected).toEqual([]);
  });

  it('follows the window length it is given', () => {
    const c = coverage(times(2, 'elevation', '2024-03-20'), ASOF, 1);
    expect(c.from).toBe('2024-03-25');
    expect(c.movements.find((m) => m.movement === 'elevation')!.sets).toBe(0);
  });
});
