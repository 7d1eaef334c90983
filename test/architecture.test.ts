// The architecture check (scripts/check-architecture.js) on small made-up
// trees: each rule fires on the import it is there to stop, and lets the
// allowed ones through. `npm run lint:arch` runs it on the real tree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchitecture, formatProblem, readImports, type Exception } from '../scripts/check-architecture.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

// A tree every test starts from, clean under every rule: a zod contract
// module, a zod-free one, and a web file taking each the allowed way.
const BASE: Record<string, string> = {
  'src/engine/types.ts': `export type Unit = 'kg' | 'lb';\nexport const UNITS = ['kg', 'lb'] as const;\n`,
  'src/engine/types.test.ts': `import { it } from 'vitest';\nimport fc from 'fast-check';\nimport { UNITS } from './types.js';\n`,
  'src/contract/limits.ts': `import type { Unit } from '../engine/types.js';\nimport { UNITS } from '../engine/types.js';\nexport const MAX = 500;\nexport const units: Unit[] = [...UNITS];\n`,
  'src/contract/issues.ts': `import type { z } from 'zod';\nexport type Issue = z.core.$ZodIssue;\n`,
  'src/contract/round.ts': `import { z } from 'zod';\nimport { MAX } from './limits.js';\nexport const roundSchema = z.object({ load: z.number().max(MAX) });\nexport type Round = z.infer<typeof roundSchema>;\n`,
  'src/contract/plan.ts': `import { roundSchema } from './round.js';\nexport const planSchema = roundSchema;\n`,
  'web/src/app.tsx': [
    `import { useState } from 'preact/hooks';`,
    `import type { Round } from '../../src/contract/round.js';`,
    `import { MAX } from '../../src/contract/limits.js';`,
    `import type { Issue } from '../../src/contract/issues.js';`,
    `import { UNITS } from '../../src/engine/types.js';`,
    `import './app.css';`,
    `export const App = (): Round | null => (useState(MAX), UNITS, null);`,
  ].join('\n'),
  'web/src/app.css': `body { margin: 0 }\n`,
};

/** The problems the check finds in BASE with `files` added (or replaced), formatted one per line. */
function check(files: Record<string, string>, options: { exceptions?: Exception[]; testHelpers?: string[] } = {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bladework-arch-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ ...BASE, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return checkArchitecture(root, { exceptions: [], testHelpers: [], ...options }).problems.map(formatProblem);
}

describe('the architecture check', () => {
  it('passes a clean tree, and treats missing layers as empty', () => {
    expect(check({})).toEqual([]);
  });

  describe('web and the contract', () => {
    it('refuses a value import of a contract module that loads zod', () => {
      const problems = check({ 'web/src/form.ts': `import { roundSchema } from '../../src/contract/round.js';\nexport const s = roundSchema;\n` });
      expect(problems).toEqual([expect.stringMatching(/^web\/src\/form\.ts:1: \[web-contract\] web takes '\.\.\/\.\.\/src\/contract\/round\.js' as types only: at run time it loads 'zod'/)]);
    });

    it('names the module that brings zod in when it comes through another', () => {
      const [problem] = check({ 'web/src/form.ts': `import { planSchema } from '../../src/contract/plan.js';\nexport const s = planSchema;\n` });
      expect(problem).toContain("loads 'zod' through src/contract/round.ts");
    });

    it('allows type-only imports and re-exports, and value imports of zod-free modules', () => {
      expect(check({ 'web/src/types.ts': `export type { Round } from '../../src/contract/round.js';\nexport { MAX } from '../../src/contract/limits.js';\n` })).toEqual([]);
    });

    it('counts `import { type A }` as loading the module, as Vite and tsc emit it', () => {
      const [problem] = check({ 'web/src/form.ts': `import { type Round } from '../../src/contract/round.js';\nexport type R = Round;\n` });
      expect(problem).toContain('[web-contract]');
      expect(problem).toContain('write `import type { … }`');
    });

    it('lets web tests run any contract module (tests do not ship)', () => {
      expect(check({ 'web/src/form.test.ts': `import { it } from 'vitest';\nimport { roundSchema } from '../../src/contract/round.js';\n` })).toEqual([]);
    });

    it('refuses every other part of src/, types included', () => {
      const problems = check({
        'src/store/index.ts': `export type Db = { kind: 'sqlite' };\n`,
        'web/src/db.ts': `import type { Db } from '../../src/store/index.js';\nexport type D = Db;\n`,
      });
      expect(problems).toEqual([expect.stringMatching(/^web\/src\/db\.ts:1: \[layers\] web may not import store/)]);
    });
  });

  it('refuses the CLI importing the API', () => {
    const problems = check({
      'src/api/server.ts': `export const serve = (): void => undefined;\n`,
      'src/cli/serve.ts': `import { serve } from '../api/server.js';\nserve();\n`,
    });
    expect(problems).toEqual([expect.stringMatching(/^src\/cli\/serve\.ts:1: \[layers\] cli may not import api: '\.\.\/api\/server\.js'/)]);
  });

  it('lets src/main.ts, the composition root, see both the CLI and the API', () => {
    expect(
      check({
        'src/api/server.ts': `export const serve = (): void => undefined;\n`,
        'src/cli/main.ts': `export const main = (_run: () => void): void => undefined;\n`,
        'src/main.ts': `import { serve } from './api/server.js';\nimport { main } from './cli/main.js';\nmain(serve);\n`,
      }),
    ).toEqual([]);
  });

  it('reports a module outside every layer', () => {
    expect(check({ 'src/misc/x.ts': `export const x = 1;\n` })).toEqual([expect.stringMatching(/^src\/misc\/x\.ts:1: \[layers\] is in no layer/)]);
  });

  describe('packages', () => {
    it("refuses a package outside the layer's list", () => {
      const problems = check({ 'src/store/db.ts': `import Fastify from 'fastify';\nexport const app = Fastify();\n` });
      expect(problems).toEqual([expect.stringMatching(/^src\/store\/db\.ts:1: \[packages\] store may not import 'fastify'/)]);
    });

    it('counts sub-paths and scopes as the package', () => {
      expect(
        check({
          'src/api/static.ts': `import fastifyStatic from '@fastify/static';\nimport { readFile } from 'node:fs/promises';\nexport { fastifyStatic, readFile };\n`,
          'web/src/chart.ts': `export const load = () => Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);\n`,
        }),
      ).toEqual([]);
    });

    it('asks for the node: prefix on a builtin', () => {
      const [problem] = check({ 'src/store/files.ts': `import { readFileSync } from 'fs';\nexport { readFileSync };\n` });
      expect(problem).toContain("write 'node:fs'");
    });

    it('gives tests the test tools, but keeps engine tests to vitest and fast-check', () => {
      expect(check({ 'src/store/db.test.ts': `import { it } from 'vitest';\nimport { tmpdir } from 'node:os';\nimport { x } from '../../test/support/db.js';\n`, 'test/support/db.ts': `export const x = 1;\n` })).toEqual([]);
      const problems = check({ 'src/engine/types.test.ts': `import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';\n` });
      expect(problems).toEqual([expect.stringMatching(/^src\/engine\/types\.test\.ts:2: \[packages\] engine tests may not import 'node:fs'/)]);
    });

    it('lets an exception through, and reports one that is no longer needed', () => {
      const exceptions = [{ file: 'src/store/db.ts', import: 'fastify', why: 'for the test' }];
      expect(check({ 'src/store/db.ts': `import Fastify from 'fastify';\nexport const app = Fastify();\n` }, { exceptions })).toEqual([]);
      expect(check({}, { exceptions })).toEqual([expect.stringMatching(/^src\/store\/db\.ts:1: \[exceptions\] the exception for 'fastify' is no longer needed/)]);
    });
  });

  describe('the engine', () => {
    it('imports no package, Node builtins included', () => {
      const problems = check({ 'src/engine/io.ts': `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n` });
      expect(problems).toEqual([expect.stringMatching(/^src\/engine\/io\.ts:1: \[packages\] engine may not import 'node:fs' \(engine may use nothing\)/)]);
    });

    it('reads no clock and draws no random numbers, outside comments and strings', () => {
      const problems = check({
        'src/engine/clock.ts': `// Date.now() is the caller's job\nexport const help = 'never Math.random()';\nexport const today = () => new Date();\nexport const roll = () => Math.random();\n`,
      });
      expect(problems).toEqual([
        expect.stringMatching(/^src\/engine\/clock\.ts:3: \[engine-purity\] .*new Date\(\)/),
        expect.stringMatching(/^src\/engine\/clock\.ts:4: \[engine-purity\] .*Math\.random\(/),
      ]);
    });
  });

  describe('import cycles', () => {
    it('reports two modules that load each other', () => {
      const problems = check({
        'src/store/a.ts': `import { b } from './b.js';\nexport const a = () => b;\n`,
        'src/store/b.ts': `import { a } from './a.js';\nexport const b = () => a;\n`,
      });
      expect(problems).toEqual(['src/store/a.ts:1: [cycles] import cycle: src/store/a.ts → src/store/b.ts → src/store/a.ts']);
    });

    it('ignores cycles through type-only and dynamic imports, which never run half-loaded', () => {
      expect(
        check({
          'src/store/a.ts': `import type { B } from './b.js';\nexport type A = { b: B };\nexport const load = () => import('./c.js');\n`,
          'src/store/b.ts': `import type { A } from './a.js';\nexport type B = { a: A };\n`,
          'src/store/c.ts': `import { load } from './a.js';\nexport const again = load;\n`,
        }),
      ).toEqual([]);
    });

    it('follows directory imports to their index', () => {
      const [problem] = check({
        'src/store/repos/index.ts': `import { db } from '../db.js';\nexport const repos = db;\n`,
        'src/store/db.ts': `import { repos } from './repos/index.js';\nexport const db = () => repos;\n`,
      });
      expect(problem).toContain('import cycle: src/store/db.ts → src/store/repos/index.ts → src/store/db.ts');
    });
  });

  it('keeps test helpers inside a layer out of the app', () => {
    const testHelpers = ['web/src/harness.tsx'];
    const harness = `import { vi } from 'vitest';\nexport const h = vi.fn;\n`;
    expect(check({ 'web/src/harness.tsx': harness, 'web/src/x.test.tsx': `import { h } from './harness.js';\n` }, { testHelpers })).toEqual([]);
    expect(check({ 'web/src/harness.tsx': harness, 'web/src/x.ts': `import { h } from './harness.js';\nexport const y = h;\n` }, { testHelpers })).toEqual([
      expect.stringMatching(/^web\/src\/x\.ts:1: \[layers\] '\.\/harness\.js' is a test helper/),
    ]);
  });

  it('reports a relative import that names no file', () => {
    expect(check({ 'src/store/a.ts': `export { b } from './nowhere.js';\n` })).toEqual([expect.stringMatching(/\[resolve\] '\.\/nowhere\.js' names no file/)]);
  });
});

describe('reading imports', () => {
  it('reads every form, over several lines, type-only or not', () => {
    const text = [
      `import a, {`,
      `  b,`,
      `  type C,`,
      `} from './a.js';`,
      `import type {`,
      `  D,`,
      `} from './d.js';`,
      `import { type E, type F } from './e.js';`,
      `import * as g from 'g';`,
      `import 'h.css';`,
      `export * from './i.js';`,
      `export type * as j from './j.js';`,
      `export { type K } from './k.js';`,
      `const l = await import('./l.js');`,
    ].join('\n');
    expect(readImports(text).map((i) => [i.specifier, i.line, i.typeOnly, i.inlineTypes, i.dynamic])).toEqual([
      ['./a.js', 1, false, false, false],
      ['./d.js', 5, true, false, false],
      ['./e.js', 8, false, true, false],
      ['g', 9, false, false, false],
      ['h.css', 10, false, false, false],
      ['./i.js', 11, false, false, false],
      ['./j.js', 12, true, false, false],
      ['./k.js', 13, false, true, false],
      ['./l.js', 14, false, false, true],
    ]);
  });

  it('is not fooled by comments, strings, templates or regexes that mention imports', () => {
    const text = [
      `// import x from 'commented';`,
      `/* export * from 'block';`,
      `   import('block') */`,
      `const s = "import y from 'in-a-string'";`,
      "const t = `import z from 'in-a-template' ${`import('nested')`}`;",
      `const r = /import q from 'regex'/;`,
      `const ratio = 1 / 2; const url = 'http://x/y'; // import w from 'after-division'`,
      `import real from './real.js';`,
      `obj.import('not-a-module');`,
    ].join('\n');
    expect(readImports(text).map((i) => i.specifier)).toEqual(['./real.js']);
  });
});
