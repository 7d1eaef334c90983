// Text stored before the API refused control characters (only NUL was refused,
// and importers dropped only NUL) may hold others: a DOS end-of-file mark from a
// CSV, an escape, a form feed. The export document refuses them now, so such an
// account's own export would not import again. This drops them from every text
// column and from the strings inside stored JSON documents; tabs and line breaks
// stay. A name left empty gets a stand-in; an own exercise whose cleaned name
// meets another of the lifter's is told apart. Nothing else changes.
import type { AnyDb } from './helpers.js';
import { atomically } from './helpers.js';

// Written out here, as migrations see the rules of their time (contract/limits.ts CONTROL_CHARACTER).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const clean = (s: string) => s.replace(CONTROL, '');
const dirty = (s: string | null): boolean => s !== null && s.search(CONTROL) >= 0;

/** Every string inside a JSON value, cleaned. */
function cleanJson(value: unknown): unknown {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanJson(v)]));
  return value;
}

interface Column {
  table: string;
  key: string;
  column: string;
  /** What an emptied value becomes. */
  empty: string | null;
  json?: boolean;
}

const COLUMNS: Column[] = [
  { table: 'users', key: 'id', column: 'display_name', empty: 'Lifter' },
  { table: 'auth_tokens', key: 'token_hash', column: 'name', empty: null },
  { table: 'training_sessions', key: 'id', column: 'name', empty: null },
  { table: 'training_sessions', key: 'id', column: 'notes', empty: null },
  { table: 'combo_logs', key: 'id', column: 'notes', empty: null },
  { table: 'sets', key: 'id', column: 'notes', empty: null },
  { table: 'profiles', key: 'user_id', column: 'document', empty: null, json: true },
  { table: 'programs', key: 'id', column: 'input', empty: null, json: true },
  { table: 'programs', key: 'id', column: 'plan', empty: null, json: true },
];

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    for (const c of COLUMNS) {
      const rows = (await db.selectFrom(c.table).select([`${c.key} as key`, `${c.column} as value`]).where(c.column, 'is not', null).execute()) as { key: string; value: string | null }[];
      for (const r of rows) {
        if (!c.json && !dirty(r.value)) continue;
        let next: string | null;
        if (c.json) {
          const cleaned = JSON.stringify(cleanJson(JSON.parse(r.value!)));
          if (cleaned === JSON.stringify(JSON.parse(r.value!))) continue;
          next = cleaned;
        } else {
          next = clean(r.value!).trim() === '' ? c.empty : clean(r.value!);
        }
        await db.updateTable(c.table).set({ [c.column]: next }).where(c.key, '=', r.key).execute();
      }
    }
    await cleanExerciseNames(db);
  });
}

/** Own exercise names are unique per lifter (ignoring case): a cleaned name that meets another is told apart. */
async function cleanExerciseNames(db: AnyDb): Promise<void> {
  const rows = (await db.selectFrom('custom_exercises').select(['id', 'user_id', 'name']).execute()) as { id: string; user_id: string; name: string }[];
  const taken = new Map<string, Set<string>>();
  for (const r of rows) {
    if (dirty(r.name)) continue;
    taken.set(r.user_id, (taken.get(r.user_id) ?? new Set()).add(r.name.toLowerCase()));
  }
  for (const r of rows.filter((x) => dirty(x.name))) {
    const mine = taken.get(r.user_id) ?? new Set<string>();
    const base = clean(r.name).trim() || 'Unnamed exercise';
    let name = base;
    for (let n = 2; mine.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    mine.add(name.toLowerCase());
    taken.set(r.user_id, mine);
    await db.updateTable('custom_exercises').set({ name }).where('id', '=', r.id).execute();
  }
}

/** Dropped characters are not brought back. */
export async function down(): Promise<void> {}
