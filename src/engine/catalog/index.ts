import type { Catalog, Combo, Exercise, Movement, MovementId, Muscle, MuscleId } from '../types.js';
import { EQUIPMENT_IDS, MOVEMENT_IDS, MUSCLE_IDS } from '../types.js';
import { COMBOS } from './combos.js';
import { EXERCISES } from './exercises.js';
import { EQUIPMENT, MOVEMENTS, MUSCLES } from './movements.js';

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/**
 * Checks the invariants everything downstream relies on: unique ids, every
 * reference resolves, every combo is one compound then the shrug of its movement.
 * Returns the list of problems (empty when the catalog is sound).
 */
export function catalogProblems(c: Catalog): string[] {
  const problems: string[] = [];
  const ids = (xs: { id: string }[], what: string) => {
    const seen = new Set<string>();
    for (const x of xs) {
      if (!/^[a-z][a-z0-9_]*$/.test(x.id)) problems.push(`${what} id "${x.id}" is not snake_case`);
      if (seen.has(x.id)) problems.push(`${what} id "${x.id}" appears twice`);
      seen.add(x.id);
    }
    return seen;
  };
  const movementIds = ids(c.movements, 'movement');
  const muscleIds = ids(c.muscles, 'muscle');
  const equipmentIds = ids(c.equipment, 'equipment');
  const exerciseIds = ids(c.exercises, 'exercise');
  ids(c.combos, 'combo');
  for (const m of MOVEMENT_IDS) if (!movementIds.has(m)) problems.push(`movement ${m} is missing`);
  for (const m of MUSCLE_IDS) if (!muscleIds.has(m)) problems.push(`muscle ${m} is missing`);
  for (const e of EQUIPMENT_IDS) if (!equipmentIds.has(e)) problems.push(`equipment ${e} is missing`);
  for (const m of c.movements) {
    if (m.primeMovers.length === 0) problems.push(`movement ${m.id} has no prime movers`);
    for (const x of [...m.primeMovers, ...m.secondaryMovers]) {
      if (!muscleIds.has(x)) problems.push(`movement ${m.id} names unknown muscle ${x}`);
    }
  }
  const byId = new Map(c.exercises.map((e) => [e.id, e]));
  for (const e of c.exercises) {
    if ((e.kind === 'shrug') !== (e.movement !== null)) problems.push(`exercise ${e.id}: only shrugs name a movement`);
    if (e.kind === 'compound' && e.pattern === null) problems.push(`compound ${e.id} has no pattern`);
    if (e.primeMuscles.length === 0) problems.push(`exercise ${e.id} has no prime muscles`);
    for (const x of [...e.primeMuscles, ...e.secondaryMuscles]) {
      if (!muscleIds.has(x)) problems.push(`exercise ${e.id} names unknown muscle ${x}`);
    }
    for (const x of [...e.requires, ...e.optional]) {
      if (!equipmentIds.has(x)) problems.push(`exercise ${e.id} names unknown equipment ${x}`);
    }
  }
  for (const combo of c.combos) {
    if (combo.compounds.length === 0) problems.push(`combo ${combo.id} has no compound`);
    for (const id of combo.compounds) {
      const e = byId.get(id);
      if (!e) problems.push(`combo ${combo.id} names unknown compound ${id}`);
      else if (e.kind !== 'compound') problems.push(`combo ${combo.id}: ${id} is not a compound`);
    }
    const s = byId.get(combo.shrug);
    if (!s) problems.push(`combo ${combo.id} names unknown shrug ${combo.shrug}`);
    else if (s.movement !== combo.movement) problems.push(`combo ${combo.id}: shrug ${s.id} trains ${s.movement}, not ${combo.movement}`);
    const { repRange: r, targetRir: t } = combo;
    if (!(r.min >= 1 && r.min <= r.max)) problems.push(`combo ${combo.id} has a bad rep range`);
    if (!(t.min >= 0 && t.min <= t.max)) problems.push(`combo ${combo.id} has a bad RIR range`);
  }
  return problems;
}

function load(): Catalog {
  const c: Catalog = { movements: MOVEMENTS, muscles: MUSCLES, equipment: EQUIPMENT, exercises: EXERCISES, combos: COMBOS };
  const problems = catalogProblems(c);
  if (problems.length > 0) throw new CatalogError(`catalog is inconsistent: ${problems.join('; ')}`);
  return c;
}

export const CATALOG: Catalog = load();

const exerciseById = new Map(CATALOG.exercises.map((e) => [e.id, e]));
const comboById = new Map(CATALOG.combos.map((c) => [c.id, c]));
const movementById = new Map(CATALOG.movements.map((m) => [m.id, m]));
const muscleById = new Map(CATALOG.muscles.map((m) => [m.id, m]));

export function findExercise(id: string): Exercise | undefined {
  return exerciseById.get(id);
}
export function findCombo(id: string): Combo | undefined {
  return comboById.get(id);
}
export function movement(id: MovementId): Movement {
  return movementById.get(id)!;
}
export function muscle(id: MuscleId): Muscle {
  return muscleById.get(id)!;
}
/** The combo a (compound, shrug) pair belongs to, if any. */
export function comboFor(compoundId: string, shrugId?: string): Combo | undefined {
  return CATALOG.combos.find((c) => c.compounds.includes(compoundId) && (shrugId === undefined || c.shrug === shrugId));
}
