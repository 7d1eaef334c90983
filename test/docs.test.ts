// The docs stay true to the tree: every file or folder docs/architecture.md
// names exists, and nothing in the repository sends a reader outside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

const ROOTS = /^(src|web|test|docs|scripts|bench)\//;

/**
 * Paths in backticks, without <placeholders>: from the root (`src/api/wire.ts`),
 * from the doc (`../web/README.md`), or a file named by its end
 * (`round.ts`, `migrations/index.ts`), which some file of the tree must end with.
 */
function namedPaths(markdown: string): { full: string[]; ends: string[] } {
  const full = new Set<string>();
  const ends = new Set<string>();
  for (const m of markdown.matchAll(/`([^`\s]+)`/g)) {
    const p = m[1]!.replace(/\/$/, '').replace(/^\.\.\//, '');
    if (p.includes('<') || p.includes('*')) continue;
    if (ROOTS.test(p)) full.add(p);
    else if (/^[\w./-]+\.(ts|tsx|md)$/.test(p)) ends.add(p);
  }
  return { full: [...full], ends: [...ends] };
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(join(root, dir))) {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) yield* files(p);
    else yield p;
  }
}

describe('docs', () => {
  it('architecture.md names only files and folders that exist', () => {
    const { full, ends } = namedPaths(read('docs/architecture.md'));
    expect(full.length + ends.length).toBeGreaterThan(30);
    const tree = [...files('src'), ...files('web'), ...files('scripts'), ...files('docs')].filter((p) => !p.includes('node_modules'));
    const missing = [...full.filter((p) => !existsSync(join(root, p))), ...ends.filter((e) => !tree.some((p) => p.endsWith(`/${e}`)))];
    expect(missing).toEqual([]);
  });

  it('nothing in the repository points at files outside it', () => {
    const places = ['README.md', 'web/README.md', ...files('docs'), ...files('src'), ...files('web/src'), ...files('scripts')];
    const outside = places.filter((p) => /\.\.\/shared\/|\bshared\/(domain|science|style)\.md|\b(domain|science)\.md\b/.test(read(p)));
    expect(outside).toEqual([]);
  });
});
