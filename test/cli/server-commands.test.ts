// The server-side commands (user add, import, export, backup) run in-process
// against an embedded database in a temp folder, as an admin would use them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli as run } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-server-cli-'));
const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
const saved = { data: process.env.BLADEWORK_DATA, url: process.env.DATABASE_URL };


/** Exit 1 with exactly one line on stderr. */
function oneLineError(r: { code: number; err: string }): string {
  expect(r.code).toBe(1);
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

beforeAll(() => {
  process.env.BLADEWORK_DATA = join(dir, 'data');
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  for (const [key, value] of [['BLADEWORK_DATA', saved.data], ['DATABASE_URL', saved.url]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

describe('bladework user add, import, export, backup', () => {
  it('creates an account, and refuses a second one with the same email', async () => {
    const r = await run('user', 'add', 'Ana@Example.org', '--password', 'long enough pw', '--name', 'Ana');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Created the account ana@example\.org \(Ana\), id [0-9a-f-]{36}\.$/);
    expect(oneLineError(await run('user', 'add', 'ana@example.org', '--password', 'another pw 123'))).toBe('bladework: an account with the email ana@example.org already exists');
  });

  it('reads the password from stdin and checks what it is given', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from(['from stdin pw\nrest\n']) as unknown as typeof process.stdin);
    expect((await run('user', 'add', 'ben@example.org', '--password-stdin')).code).toBe(0);
    expect(oneLineError(await run('user', 'add', 'cy@example.org', '--password', 'short'))).toBe('bladework: the password must be at least 8 characters');
    expect(oneLineError(await run('user', 'add', 'not-an-email', '--password', 'long enough pw'))).toBe('bladework: "not-an-email" is not an email address');
    expect(oneLineError(await run('user', 'add', 'dee@example.org'))).toContain('--password-stdin');
  });

  it('imports a Strong export and prints the report; a second import adds nothing', async () => {
    const r = await run('import', fixture('strong-semicolon-kg.csv'), '--user', 'ana@example.org');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Imported 12 of 17 rows from a Strong export (strong): 2 sessions, 2 new, 0 already there.');
    expect(r.out).toContain('Kept 2 rest times from Rest Timer rows, each with the set before it.');
    expect(r.out).toContain('Skipped 3 rows:\n  row 7: note row, not a set');
    expect(r.out).toContain('Exercises outside the catalog, kept as your own (2 new): Face Pull (Cable), Plank');
    const again = await run('import', fixture('strong-semicolon-kg.csv'), '--user', 'ana@example.org', '--format', 'strong');
    expect(again.out).toContain('2 sessions, 0 new, 2 already there.');
    expect((await run('import', fixture('strong-comma-lb.csv'), '--user', 'ana@example.org', '--unit', 'lb')).out).toContain('2 sessions, 2 new');
  });

  it('lists the formats it reads in its help, from the same list the server uses', async () => {
    const r = await run('import', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Formats (--format):\n  strong         Strong (unit in the weight column’s name)\n');
    for (const line of ['  strong-comma   Strong (commas, no unit)', '  hevy           Hevy', '  fitnotes       FitNotes']) expect(r.out).toContain(line);
  });

  it('exports the account as JSON to stdout and as CSV to a file', async () => {
    const r = await run('export', '--user', 'ana@example.org');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.user.email).toBe('ana@example.org');
    expect(doc.sessions.map((s: { name: string }) => s.name).sort()).toEqual(['Lower', 'Pull', 'Push', 'Upper A']);
    expect(doc.customExercises.map((e: { name: string }) => e.name)).toEqual(['Face Pull (Cable)', 'Plank', 'Rowing (Machine)']);

    const file = join(dir, 'sets.csv');
    expect((await run('export', '--user', 'ana@example.org', '--format', 'csv', '-o', file)).code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^date,started_at,session,exercise,/);
    expect(lines).toHaveLength(1 + 12 + 8);
  });

  it('backs up to a file that opens with the same sessions', async () => {
    const file = join(dir, 'backups', 'copy.db');
    const r = await run('backup', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Backed up .*bladework\.sqlite to .*copy\.db \(\d+ bytes\)\.$/);
    const copy = new SqliteDatabase(file, { readonly: true });
    const live = new SqliteDatabase(join(dir, 'data', 'bladework.sqlite'), { readonly: true });
    try {
      const count = (db: SqliteDatabase.Database) => (db.prepare('select count(*) as n from training_sessions').get() as { n: number }).n;
      expect(count(copy)).toBe(4);
      expect(count(copy)).toBe(count(live));
    } finally {
      copy.close();
      live.close();
    }
  });

  it('imports a StrongLifts 5×5 export, told from its header or named with --format', async () => {
    expect((await run('user', 'add', 'sam@example.org', '--password', 'long enough pw', '--name', 'Sam')).code).toBe(0);
    const r = await run('import', fixture('stronglifts-kg.csv'), '--user', 'sam@example.org');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Imported 8 of 11 rows from a StrongLifts 5×5 export (stronglifts): 3 sessions, 3 new, 0 already there.');
    expect(r.out).toContain('Skipped 3 rows:\n  row 9: Date "2024/02/30" at "7:37 AM" is not a real date');
    expect(r.out).toContain('Exercises outside the catalog, kept as your own (1 new): Chinups');
    const lb = await run('import', fixture('stronglifts-lb.csv'), '--user', 'sam@example.org', '--format', 'stronglifts');
    expect(lb.out).toContain('Imported 3 of 3 rows from a StrongLifts 5×5 export (stronglifts): 2 sessions, 2 new');
    expect((await run('import', '--help')).out).toMatch(/\n {2}stronglifts +StrongLifts 5×5\n/);
    const doc = JSON.parse((await run('export', '--user', 'sam@example.org')).out);
    expect(doc.sessions.map((s: { source: string }) => s.source)).toEqual(Array(5).fill('import:stronglifts'));
    expect(doc.sessions.reduce((n: number, s: { sets: unknown[] }) => n + s.sets.length, 0)).toBe(33 + 7);
  });

  it('fails in one line with exit 1 on a missing file, an unreadable header, an unknown account or option', async () => {
    expect(oneLineError(await run('import', join(dir, 'nope.csv'), '--user', 'ana@example.org'))).toBe(`bladework: cannot read ${join(dir, 'nope.csv')}: there is no such file`);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'when,what,how much\n2024-01-01,squat,100\n');
    expect(oneLineError(await run('import', bad, '--user', 'ana@example.org'))).toMatch(/^bladework: .*header/i);
    expect(oneLineError(await run('import', fixture('hevy-kg.csv'), '--user', 'zed@example.org'))).toBe('bladework: no account has the email zed@example.org; create one with: bladework user add zed@example.org');
    expect(oneLineError(await run('import', fixture('hevy-kg.csv'), '--user', 'ana@example.org', '--format', 'myfitnesspal'))).toContain('--format: "myfitnesspal" is not a format I read');
    expect(oneLineError(await run('export', '--user', 'ana@example.org', '--format', 'xml'))).toBe('bladework: --format: "xml" is not json or csv');
  });

  it('points PostgreSQL users at pg_dump instead of backing up', async () => {
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    try {
      expect(oneLineError(await run('backup', join(dir, 'pg.db')))).toContain('pg_dump');
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
