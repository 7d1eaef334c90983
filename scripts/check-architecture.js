#!/usr/bin/env node
// Keeps the layers honest. Each layer of src/ (and the web app) may import only
// the layers below it and its own short list of packages; the web app takes
// the contract as types, so zod never reaches the bundle; no two modules load
// each other; and the engine stays pure (no I/O, clock or randomness), so it
// runs the same on the server, in the CLI and on the phone.
//
// Plain Node and no dependencies on purpose: `npm run lint:arch` must run
// before (and without) a build, and must stay well under a second.
// `checkArchitecture(root)` is the whole check; test/architecture.test.ts runs
// it on small made-up trees, this file's tail runs it on the repository.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// The layer table: where each layer lives, which layers it may import, which
// packages. Lower layers first. `node:` means every Node builtin; `@scope/*`
// any package of that scope; a package name covers its sub-paths
// (`preact/hooks`, `uplot/dist/uPlot.min.css`). A missing directory is just an
// empty layer.
const LAYERS = {
  // The rules of the sport: pure functions over plain data.
  engine: { paths: ['src/engine'], imports: [], packages: [] },
  // The shapes that cross a boundary (HTTP, files, CLI), with their zod
  // schemas and limits.
  contract: { paths: ['src/contract'], imports: ['engine'], packages: ['zod'] },
  // File formats in and out (CSV, ICS): plain objects, no storage.
  interop: { paths: ['src/interop'], imports: ['engine', 'contract'], packages: ['papaparse', 'node:'] },
  // The database.
  store: { paths: ['src/store'], imports: ['engine', 'contract'], packages: ['kysely', 'better-sqlite3', 'pg', 'node:'] },
  // What the API and the CLI both do (import, export, restore, passwords, config).
  services: { paths: ['src/services'], imports: ['engine', 'contract', 'interop', 'store'], packages: ['zod', 'node:'] },
  // The HTTP server.
  api: {
    paths: ['src/api'],
    imports: ['engine', 'contract', 'interop', 'store', 'services'],
    packages: ['fastify', '@fastify/*', 'fastify-type-provider-zod', 'zod', 'cookie', 'openapi-types', 'node:'],
  },
  // The command line. Never the API: `serve` gets the server handed in by
  // src/main.ts, so the CLI's code and tests never load fastify.
  cli: { paths: ['src/cli'], imports: ['engine', 'contract', 'interop', 'store', 'services'], packages: ['commander', 'node:'] },
  // The composition root, the one module that sees both the CLI and the API:
  // it plugs the server into `bladework serve`.
  main: { paths: ['src/main.ts'], imports: ['engine', 'contract', 'interop', 'store', 'services', 'api', 'cli'], packages: ['node:'] },
  // The PWA. The engine runs on the phone; the contract only as types, except
  // its zod-free modules (rule 3 below).
  web: { paths: ['web/src'], imports: ['engine', 'contract'], packages: ['preact', 'uplot'], typesOnlyFrom: ['contract'] },
};

// Tests (*.test.ts, *.test.tsx) keep their layer's direction, so a test of the
// contract cannot lean on the store, but may use the test tools, Node and the
// helpers in test/support. The engine's tests stay as pure as the engine.
const TEST_PACKAGES = ['vitest', 'fast-check', '@testing-library/*', 'happy-dom', 'fake-indexeddb', 'axe-core', 'playwright-core', 'node:'];
const TEST_SUPPORT = 'test/support';
const TEST_RULES = { engine: { packages: ['vitest', 'fast-check'], support: false } };
// Modules inside a layer that exist only for its tests: checked as tests, and
// only tests may import them (the harness would pull vitest into the app).
const TEST_HELPERS = ['web/src/screens/today/runner-harness.tsx', 'web/src/screens/today/session-fixture.ts'];

// Known departures, each one import (a package, or a file's path from the root)
// in one file, with the way out. An entry that no longer matches anything is
// reported, so fixed ones get deleted.
const EXCEPTIONS = [];

// ---------------------------------------------------------------------------
// Reading imports. Comments and the insides of strings are blanked first
// (offsets and newlines kept), so `import` in a comment, a string or a
// template never looks like an import, and line numbers stay right.

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** The source with comments and string/template/regex contents replaced by spaces; quotes and backticks stay. */
export function maskSource(text) {
  const out = text.split('');
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  // `{` of code or of a template's `${`: a `}` closing the latter resumes the template.
  const braces = [];
  let i = 0;
  const n = text.length;
  let inTemplate = false;
  // Whether a `/` here starts a regex: decided by the code before it.
  const regexCanStart = () => {
    let k = i - 1;
    while (k >= 0 && /\s/.test(out[k])) k--;
    if (k < 0) return true;
    const c = out[k];
    if (/[\w$]/.test(c)) {
      let s = k;
      while (s > 0 && /[\w$]/.test(out[s - 1])) s--;
      return REGEX_AFTER_WORD.has(out.slice(s, k + 1).join(''));
    }
    return !/[)\]}'"`]/.test(c);
  };
  while (i < n) {
    if (inTemplate) {
      // Inside a template literal's text: blank until its end or a `${`.
      const start = i;
      while (i < n && text[i] !== '`' && !(text[i] === '$' && text[i + 1] === '{')) i += text[i] === '\\' ? 2 : 1;
      blank(start, Math.min(i, n));
      if (i >= n) break;
      if (text[i] === '`') {
        inTemplate = false;
        i++;
      } else {
        braces.push('template');
        inTemplate = false;
        i += 2;
      }
      continue;
    }
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      // A quote string ends at its quote, or (broken code, or an apostrophe in
      // JSX text) at the end of the line, so a stray quote spoils one line at most.
      let k = i + 1;
      while (k < n && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(k, n));
      i = k < n && text[k] === c ? k + 1 : k;
    } else if (c === '`') {
      inTemplate = true;
      i++;
    } else if (c === '{') {
      braces.push('code');
      i++;
    } else if (c === '}') {
      if (braces.pop() === 'template') inTemplate = true;
      i++;
    } else if (c === '/' && regexCanStart()) {
      // A regex literal never spans lines; if this one seems to, it was a division after all.
      let k = i + 1;
      let inClass = false;
      while (k < n && text[k] !== '\n' && (inClass || text[k] !== '/')) {
        if (text[k] === '\\') k++;
        else if (text[k] === '[') inClass = true;
        else if (text[k] === ']') inClass = false;
        k++;
      }
      if (k < n && text[k] === '/') {
        blank(i + 1, k);
        i = k + 1;
      } else i++;
    } else i++;
  }
  return out.join('');
}

const NAME = String.raw`[\w$]+`;
const NAMED = String.raw`\{[^{}]*\}`;
const STAR_AS = String.raw`\*\s*as\s+[\w$]+`;
// `import a from`, `import a, { b } from`, `import * as a from`, `export { a } from`, `export * from`…
const STATIC_FROM = new RegExp(
  String.raw`(?<![\w$.])(import|export)\s+(type\s+)?(${NAME}\s*,\s*(?:${NAMED}|${STAR_AS})|${NAMED}|${STAR_AS}|\*|${NAME})\s*from\s*(['"])`,
  'g',
);
const SIDE_EFFECT = /(?<![\w$.])import\s*(['"])/g;
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(['"`])/g;

/**
 * Every import and re-export of a file, with its line and whether it loads the
 * module at run time. `import type`, `export type` and `import type X` are
 * erased. `import { type A, type B }` is not: under verbatimModuleSyntax
 * (both tsconfigs) tsc and Vite emit it as `import {} from` / `import '…'`,
 * which still loads the module, so it counts as a value import, flagged
 * `inlineTypes` so the message can say to write `import type` instead.
 */
export function readImports(text) {
  const code = maskSource(text);
  const lineAt = (index) => {
    let line = 1;
    for (let k = code.indexOf('\n'); k !== -1 && k < index; k = code.indexOf('\n', k + 1)) line++;
    return line;
  };
  // The masked text keeps the quotes, so the next same quote closes the specifier.
  const specifierAt = (quoteIndex) => text.slice(quoteIndex + 1, code.indexOf(code[quoteIndex], quoteIndex + 1));
  const found = [];
  for (const m of code.matchAll(STATIC_FROM)) {
    const [whole, , typeKeyword, clause] = m;
    const quote = m.index + whole.length - 1;
    let typeOnly = Boolean(typeKeyword);
    let inlineTypes = false;
    const named = /\{([^{}]*)\}/.exec(clause);
    if (!typeOnly && named && !/^[\w$]+\s*,/.test(clause)) {
      const names = named[1].split(',').map((s) => s.trim()).filter(Boolean);
      inlineTypes = names.length > 0 && names.every((s) => /^type\s+[\w$]/.test(s));
    }
    found.push({ specifier: specifierAt(quote), line: lineAt(m.index), typeOnly, inlineTypes, dynamic: false });
  }
  for (const m of code.matchAll(SIDE_EFFECT)) {
    found.push({ specifier: specifierAt(m.index + m[0].length - 1), line: lineAt(m.index), typeOnly: false, inlineTypes: false, dynamic: false });
  }
  for (const m of code.matchAll(DYNAMIC)) {
    const specifier = specifierAt(m.index + m[0].length - 1);
    // import(`./${name}.js`) cannot be checked; the tree has none.
    if (m[1] === '`' && specifier.includes('${')) continue;
    found.push({ specifier, line: lineAt(m.index), typeOnly: false, inlineTypes: false, dynamic: true });
  }
  return found.sort((a, b) => a.line - b.line);
}

// ---------------------------------------------------------------------------
// Files, layers and packages.

const CODE = /\.(ts|tsx)$/;
const isTest = (rel) => /\.test\.tsx?$/.test(rel);
const toPosix = (p) => p.split(sep).join('/');

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a layer that does not exist yet is empty
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (CODE.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

const inPath = (rel, path) => rel === path || rel.startsWith(`${path}/`);
function layerOf(rel) {
  for (const [name, layer] of Object.entries(LAYERS)) if (layer.paths.some((p) => inPath(rel, p))) return name;
  return null;
}

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
/** `node:` for builtins, `@scope/name` or `name` otherwise (sub-paths are the package). */
function packageOf(specifier) {
  if (specifier.startsWith('node:')) return 'node:';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
const allows = (list, pkg) => list.some((a) => a === pkg || (a.endsWith('/*') && pkg.startsWith(a.slice(0, -1))));

const CODE_TARGET = [
  (b) => (/\.jsx?$/.test(b) ? b.replace(/\.js(x?)$/, '.ts$1') : null), // './x.js' is ./x.ts, './x.jsx' is ./x.tsx
  (b) => (/\.js$/.test(b) ? b.replace(/\.js$/, '.tsx') : null),
  (b) => b,
  (b) => `${b}.ts`,
  (b) => `${b}.tsx`,
  (b) => join(b, 'index.ts'),
  (b) => join(b, 'index.tsx'),
];
const isFile = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
/** The file a relative specifier names, as TypeScript and Vite find it, or null. */
function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier.replace(/[?#].*$/, '')); // Vite's `?url`, `?raw`
  for (const candidate of CODE_TARGET) {
    const p = candidate(base);
    if (p && isFile(p)) return p;
  }
  return null;
}

const quoted = (s) => `'${s}'`;
const list = (names) => (names.length ? names.join(', ') : 'nothing');

// ---------------------------------------------------------------------------

/**
 * Checks the tree under `root` and returns `{ files, problems }`, each problem
 * `{ file, line, rule, message }` with `file` relative to `root`. The layer
 * table is fixed; the repository's own exceptions and test helpers are the
 * defaults, and a test passes its own (they name files of this repository).
 */
export function checkArchitecture(root, { exceptions = EXCEPTIONS, testHelpers = TEST_HELPERS } = {}) {
  root = resolve(root);
  const problems = [];
  const report = (file, line, rule, message) => problems.push({ file, line, rule, message });
  const rel = (abs) => toPosix(relative(root, abs));

  // Every module of every layer, plus anything else directly under src/ so
  // that a new folder cannot escape the table by not being in it.
  const files = new Map(); // rel -> { abs, layer, test, imports }
  const seen = new Set();
  const roots = [...new Set(Object.values(LAYERS).flatMap((l) => l.paths)), 'src'];
  for (const top of roots) {
    const abs = join(root, top);
    const found = isFile(abs) ? [abs] : [...walk(abs)];
    for (const file of found) {
      const r = rel(file);
      if (seen.has(r)) continue;
      seen.add(r);
      const layer = layerOf(r);
      if (!layer) {
        report(r, 1, 'layers', `is in no layer; add its folder to the layer table in scripts/check-architecture.js`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      files.set(r, { abs: file, layer, test: isTest(r) || testHelpers.includes(r), text, imports: readImports(text) });
    }
  }

  // Resolve every relative import once; the layer rules and the cycle graph share it.
  for (const [r, f] of files) {
    for (const imp of f.imports) {
      if (!imp.specifier.startsWith('.')) continue;
      const target = resolveRelative(f.abs, imp.specifier);
      if (!target) report(r, imp.line, 'resolve', `${quoted(imp.specifier)} names no file`);
      imp.target = target && rel(target);
    }
  }

  const usedExceptions = new Set();
  const excepted = (file, what) => {
    const e = exceptions.find((x) => x.file === file && x.import === what);
    if (e) usedExceptions.add(e);
    return Boolean(e);
  };

  // The packages a module loads at run time, itself or through the relative
  // modules it loads: [{ package, via }], memoised. What decides whether the
  // web may run a contract module.
  const runtimePackages = new Map();
  const packagesLoadedBy = (start) => {
    if (runtimePackages.has(start)) return runtimePackages.get(start);
    const out = [];
    const stack = [start];
    const visited = new Set(stack);
    while (stack.length) {
      const f = files.get(stack.pop());
      if (!f) continue;
      for (const imp of f.imports) {
        if (imp.typeOnly) continue;
        if (!imp.specifier.startsWith('.')) out.push({ package: packageOf(imp.specifier), via: rel(f.abs) });
        else if (imp.target && !visited.has(imp.target)) {
          visited.add(imp.target);
          stack.push(imp.target);
        }
      }
    }
    runtimePackages.set(start, out);
    return out;
  };

  for (const [r, f] of files) {
    const layer = LAYERS[f.layer];
    const testRules = TEST_RULES[f.layer] ?? { packages: TEST_PACKAGES, support: true };
    for (const imp of f.imports) {
      const where = [r, imp.line];
      const hint = imp.inlineTypes ? '; `import { type … }` still loads the module, write `import type { … }`' : '';
      if (!imp.specifier.startsWith('.')) {
        // Rule 2: packages.
        const pkg = packageOf(imp.specifier);
        if (BUILTINS.has(pkg) && !imp.specifier.startsWith('node:')) {
          report(...where, 'packages', `${quoted(imp.specifier)} is a Node builtin: write ${quoted(`node:${imp.specifier}`)}`);
          continue;
        }
        const ok = allows(layer.packages, pkg) || (f.test && allows(testRules.packages, pkg)) || excepted(r, pkg);
        if (!ok) {
          const mayUse = f.test ? [...layer.packages, ...testRules.packages] : layer.packages;
          report(...where, 'packages', `${f.layer}${f.test ? ' tests' : ''} may not import ${quoted(imp.specifier)} (${f.layer} may use ${list(mayUse)})`);
        }
        continue;
      }
      if (!imp.target) continue; // reported above
      if (!f.test && testHelpers.includes(imp.target)) {
        report(...where, 'layers', `${quoted(imp.specifier)} is a test helper; only tests may import it`);
      }
      // Rule 1: layer direction.
      const to = layerOf(imp.target);
      if (to === f.layer) continue;
      if (!to) {
        if (f.test && testRules.support && inPath(imp.target, TEST_SUPPORT)) continue;
        report(...where, 'layers', `${f.layer} may not import ${quoted(imp.specifier)}: ${imp.target} is outside the layers`);
        continue;
      }
      if (!layer.imports.includes(to)) {
        if (excepted(r, imp.target)) continue;
        report(...where, 'layers', `${f.layer} may not import ${to}: ${quoted(imp.specifier)} (${f.layer} may import ${list(layer.imports)})`);
        continue;
      }
      // Rule 3: the web takes the contract as types, except modules that load
      // no package at all (limits, wire-to-engine mappings). Tests do not ship,
      // so web tests are free to run any contract module.
      if (layer.typesOnlyFrom?.includes(to) && !imp.typeOnly && !f.test) {
        const loads = packagesLoadedBy(imp.target);
        if (loads.length) {
          const first = loads[0];
          report(
            ...where,
            'web-contract',
            `web takes ${quoted(imp.specifier)} as types only: at run time it loads ${quoted(first.package)}` +
              `${first.via === imp.target ? '' : ` through ${first.via}`}${hint || '; write `import type`'}`,
          );
        }
      }
    }
    // Rule 5: the engine takes its clock and randomness as arguments.
    if (f.layer === 'engine' && !f.test) {
      const code = maskSource(f.text);
      for (const m of code.matchAll(/Date\.now\(|new Date\(\s*\)|Math\.random\(|performance\.now\(/g)) {
        const line = code.slice(0, m.index).split('\n').length;
        const call = m[0].startsWith('new') ? 'new Date()' : `${m[0]})`;
        report(r, line, 'engine-purity', `the engine takes no clock or randomness (${call}); pass them in`);
      }
    }
  }

  // Rule 4: no import cycles among modules loaded at run time. Only static
  // value imports count: type-only ones are erased (TypeScript is happy with
  // type cycles, and they cost nothing at run time), and a dynamic import()
  // runs after every module has loaded, so neither can leave a module reading
  // another's half-initialised bindings, which is what a cycle breaks.
  const graph = new Map();
  for (const [r, f] of files) {
    const edges = f.imports.filter((i) => !i.typeOnly && !i.dynamic && i.target && files.has(i.target)).map((i) => i.target);
    graph.set(r, [...new Set(edges)]);
  }
  for (const component of stronglyConnected(graph)) {
    const selfLoop = component.length === 1 && graph.get(component[0]).includes(component[0]);
    if (component.length < 2 && !selfLoop) continue;
    const members = [...component].sort();
    const loop = shortestLoop(graph, members[0], new Set(members));
    const rest = members.filter((m) => !loop.includes(m));
    report(
      members[0],
      1,
      'cycles',
      `import cycle: ${[...loop, loop[0]].join(' → ')}` + (rest.length ? ` (the same tangle also holds ${rest.join(', ')})` : ''),
    );
  }

  for (const h of testHelpers) {
    if (!files.has(h)) report(h, 1, 'exceptions', `the test helper entry names no file; delete it from scripts/check-architecture.js`);
  }
  for (const e of exceptions) {
    if (!usedExceptions.has(e)) report(e.file, 1, 'exceptions', `the exception for ${quoted(e.import)} is no longer needed; delete it from scripts/check-architecture.js`);
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return { files: files.size, problems };
}

/** Tarjan's strongly connected components of a Map(node -> nodes). */
export function stronglyConnected(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components;
}

/** One shortest path from `start` back to itself inside `within` (breadth first), as the list of nodes. */
function shortestLoop(graph, start, within) {
  const from = new Map();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!within.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(from.get(path[0]));
        return path;
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

export const formatProblem = (p) => `${p.file}:${p.line}: [${p.rule}] ${p.message}`;

// Run as a script: check the repository this file lives in.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, problems } = checkArchitecture(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  if (problems.length > 0) {
    console.error(`architecture check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  console.log(`architecture check: ${files} files; layers, packages, web contract imports, import cycles and engine purity OK`);
}
