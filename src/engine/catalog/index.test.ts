import { describe, expect, it } from 'vitest';
import { MOVEMENT_IDS } from '../types.js';
import { CATALOG, catalogProblems, findExercise } from './index.js';

describe('catalog', () => {
  it('has no inconsistencies', () => {
    expect(catalogProblems(CATALOG)).toEqual([]);
  });

  it('reports a combo whose shrug trains another movement', () => {
    const broken = structuredClone(CATALOG);
    broken.combos[0]!.shrug = 'barbell_shrug';
    expect(catalogProblems(broken)).toContain('combo incline_row_retraction: shrug barbell_shrug trains elevation, not retraction');
  });

  it('reports duplicate ids and unknown references', () => {
    const broken = structuredClone(CATALOG);
    broken.exercises.push({ ...broken.exercises[0]! });
    broken.movements[0]!.primeMovers.push('biceps_femoris' as never);
    const p = catalogProblems(broken);
    expect(p).toContain('exercise id "incline_db_row" appears twice');
    expect(p).toContain('movement retraction names unknown muscle biceps_femoris');
  });

  it('has exactly the seven combos of the system, numbered 1-7', () => {
    expect(CATALOG.combos.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('covers all six movements with at least one combo each', () => {
    for (const m of MOVEMENT_IDS) expect(CATALOG.combos.some((c) => c.movement === m), m).toBe(true);
  });

  for (const combo of CATALOG.combos) {
    describe(`combo ${combo.number}: ${combo.name}`, () => {
      it('stops the compound 2-3 reps short of failure', () => {
        expect(combo.targetRir).toEqual({ min: 2, max: 3 });
      });
      it('uses the system rep range (deadlift 6-8, the rest 8-12)', () => {
        const expected = combo.movement === 'elevation' ? { min: 6, max: 8 } : { min: 8, max: 12 };
        expect(combo.repRange).toEqual(expected);
      });
      it('pauses at full contraction on the shrug', () => {
        expect(combo.shrugPauseSeconds).toBeGreaterThan(0);
      });
      it('pairs compounds with the shrug of its movement', () => {
        expect(findExercise(combo.shrug)!.movement).toBe(combo.movement);
        for (const id of combo.compounds) expect(findExercise(id)!.kind).toBe('compound');
      });
      it('has cues to show the lifter', () => {
        expect(combo.cues.length).toBeGreaterThan(0);
        for (const cue of combo.cues) expect(cue.length).toBeGreaterThan(10);
      });
    });
  }

  it('never offers the standing bent-over barbell row as a retraction compound', () => {
    for (const c of CATALOG.combos) expect(c.compounds).not.toContain('barbell_row');
  });

  it('asks for a rack with catches on the floor press', () => {
    expect(findExercise('barbell_floor_press')!.requires).toContain('rack_with_catches');
  });

  it('names the prime movers docs/system.md gives, with the lats secondary only in retraction and downward rotation', () => {
    const movers = Object.fromEntries(CATALOG.movements.map((m) => [m.id, { prime: m.primeMovers, secondary: m.secondaryMovers }]));
    expect(movers).toEqual({
      retraction: { prime: ['middle_trapezius', 'rhomboids'], secondary: ['latissimus_dorsi'] },
      protraction: { prime: ['serratus_anterior', 'pectoralis_minor'], secondary: [] },
      elevation: { prime: ['upper_trapezius', 'levator_scapulae'], secondary: [] },
      depression: { prime: ['lower_trapezius', 'pectoralis_minor', 'latissimus_dorsi'], secondary: [] },
      downward_rotation: { prime: ['rhomboids', 'pectoralis_minor', 'levator_scapulae'], secondary: ['latissimus_dorsi'] },
      upward_rotation: { prime: ['serratus_anterior', 'upper_trapezius', 'lower_trapezius'], secondary: [] },
    });
  });

  it('gives each shrug the muscles of its movement', () => {
    for (const e of CATALOG.exercises.filter((x) => x.kind === 'shrug')) {
      const m = CATALOG.movements.find((x) => x.id === e.movement)!;
      expect(e.primeMuscles, e.id).toEqual(m.primeMovers);
    }
  });

  it('counts every row only half toward the traps (docs/methods.md, Volume counting)', () => {
    const rows = CATALOG.exercises.filter((e) => e.pattern === 'horizontal_pull');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.primeMuscles, r.id).not.toContain('middle_trapezius');
      expect(r.secondaryMuscles, r.id).toContain('middle_trapezius');
    }
  });

  it('gives every movement a drill for the warm-up', () => {
    for (const m of CATALOG.movements) {
      expect(m.drill.name.length).toBeGreaterThan(0);
      expect(m.drill.cue.length).toBeGreaterThan(20);
    }
  });
});
