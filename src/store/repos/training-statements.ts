// The queries of logging a combo round, the hottest write: precompiled
// (../precompiled.ts), so a round costs SQLite's work and little of Kysely's.
import { PostgresAdapter } from 'kysely';
import { precompiled, precompiledInsert, precompiledInsertMany } from '../precompiled.js';
import type { ComboLogsTable, SetsTable, TrainingSessionsTable } from '../schema.js';
import type { Db } from '../tx.js';

/** Every column, so an insert stores the whole row; the type fails when a column is added and not listed. */
function allColumns<T>() {
  return <const C extends readonly (keyof T & string)[]>(columns: C & ([Exclude<keyof T, C[number]>] extends [never] ? unknown : never)) => columns;
}

export const insertSession = precompiledInsert(
  'training_sessions',
  allColumns<TrainingSessionsTable>()(['id', 'user_id', 'date', 'started_at', 'name', 'source', 'notes', 'created_at']),
);

export const insertComboLog = precompiledInsert(
  'combo_logs',
  allColumns<ComboLogsTable>()([
    'id', 'user_id', 'session_id', 'position', 'combo_id', 'compound_exercise_id', 'shrug_exercise_id',
    'unit', 'bodyweight', 'seconds_between', 'rest_seconds', 'notes', 'created_at', 'feedback', 'calibration', 'band',
  ]),
);

const SET_COLUMNS = allColumns<SetsTable>()([
  'id', 'user_id', 'session_id', 'combo_log_id', 'position', 'exercise_id', 'kind',
  'load', 'unit', 'reps', 'rir', 'to_failure', 'seconds', 'distance', 'notes', 'rest_seconds',
]);

export const insertSet = precompiledInsert('sets', SET_COLUMNS);

/** Imports: 200 rows (3,000 parameters) a statement, well inside SQLite's 32,766 and PostgreSQL's 65,535. */
export const insertSets = precompiledInsertMany('sets', SET_COLUMNS, 200);

export const comboLogById = precompiled((db: Db, id: string) => db.selectFrom('combo_logs').selectAll().where('id', '=', id));

/**
 * The lifter's round, locked on PostgreSQL until the transaction ends: an edit
 * and a deletion of it (two phones, or a phone and its retry queue) then run one
 * after the other, and the second sees what the first left, so it never deletes
 * sets another edit is inserting, nor inserts sets into a round being deleted.
 */
export const comboLogForWrite = precompiled((db: Db, id: string, userId: string) =>
  lockedOnPostgres(db, db.selectFrom('combo_logs').select('id').where('id', '=', id).where('user_id', '=', userId)),
);

/**
 * The session a round or a loose set is being added to, locked on PostgreSQL
 * until the transaction ends: two uploaded at once (two phones, or a phone and
 * its retry queue) then take positions one after the other instead of both
 * reading the same last one. SQLite runs one write transaction at a time and
 * has no FOR UPDATE.
 */
export const sessionForWrite = precompiled((db: Db, id: string) => lockedOnPostgres(db, db.selectFrom('training_sessions').selectAll().where('id', '=', id)));

/**
 * The lifter's own exercise, locked the same way: a set that names it and its
 * deletion (which first counts the sets using it) run one after the other, so
 * no set is left naming an exercise that is gone.
 */
export const customExerciseForWrite = precompiled((db: Db, id: string, userId: string) =>
  lockedOnPostgres(db, db.selectFrom('custom_exercises').selectAll().where('id', '=', id).where('user_id', '=', userId)),
);

function lockedOnPostgres<Q extends { forUpdate(): Q }>(db: Db, q: Q): Q {
  return db.getExecutor().adapter instanceof PostgresAdapter ? q.forUpdate() : q;
}

export const setOwner = precompiled((db: Db, id: string) => db.selectFrom('sets').select(['id', 'user_id']).where('id', '=', id));

export const lastPosition = precompiled((db: Db, sessionId: string) =>
  db.selectFrom('combo_logs').select((eb) => [eb.fn.max('position').as('max'), eb.fn.countAll().as('count')]).where('session_id', '=', sessionId),
);

/** The last position and the number of a session's sets outside any combo. */
export const looseSetTail = precompiled((db: Db, sessionId: string) =>
  db
    .selectFrom('sets')
    .select((eb) => [eb.fn.max('position').as('max'), eb.fn.countAll().as('count')])
    .where('session_id', '=', sessionId)
    .where('combo_log_id', 'is', null),
);

export const setById = precompiled((db: Db, id: string) => db.selectFrom('sets').selectAll().where('id', '=', id));
