#!/usr/bin/env node
// Keeps the layers honest: the engine is pure (no I/O, clock, randomness or
// third-party code), and imports only point down the stack
// engine <- contract <- interop/store <- services <- api and cli (the cli never
// imports the api). The web takes the engine, and from the contract types only,
// except modules with no zod behind them (limits.ts, round-log.ts), which it may run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const layers = {
  engine: [],
  // HTTP shapes and limits (zod): validate input once, shared by cli, api and web
  contract: ['engine'],
  // importers and exporters: file formats in, plain objects out
  interop: ['engine', 'contract'],
  store: ['engine', 'contract'],
  // what the api and the cli both do (imports, exports, restores)
  services: ['engine', 'contract', 'interop', 'store'],
  api: ['engine', 'contract', 'interop', 'store', 'services'],
  cli: ['engine', 'contract', 'interop', 'store', 'services'],
  web: ['engine', 'contract'],
};

/** True when a contract module, and every module it runs, imports no zod: the web may run it. */
function zodFree(file, seen = new Set()) {
  if (seen.has(file)) return true;
  seen.add(file);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    const spec = m[3];
    if (spec === 'zod' || spec.startsWith('zod/')) return false;
    if (spec.startsWith('.') && !zodFree(resolve(dirname(file), spec.replace(/\.js$/, '.ts')), seen)) return false;
  }
  return true;
}

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(name)) yield p;
  }
}

const problems = [];
const layerOf = (p) => {
  const rel = relative(root, p).split('/');
  if (rel[0] === 'src') return rel[1];
  if (rel[0] === 'web') return 'web';
  return null;
};

for (const layer of Object.keys(layers)) {
  const dir = layer === 'web' ? join(root, 'web', 'src') : join(root, 'src', layer);
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    for (const m of text.matchAll(/(?:import|export)\s(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const typeOnly = m[1] !== undefined;
      const spec = m[2] ?? m[3];
      if (spec.startsWith('.')) {
        const targetFile = resolve(dirname(file), spec);
        const target = layerOf(targetFile);
        if (target && target !== layer && !layers[layer].includes(target)) {
          problems.push(`${where}: ${layer} may not import from ${target} (${spec})`);
        } else if (layer === 'web' && target === 'contract' && !typeOnly && !zodFree(targetFile.replace(/\.js$/, '.ts'))) {
          problems.push(`${where}: the web takes only types from a contract module that uses zod (${spec}: use import type)`);
        }
      } else if (layer === 'engine' && !(file.endsWith('.test.ts') && /^(vitest|fast-check)$/.test(spec))) {
        problems.push(`${where}: the engine imports nothing from outside itself (${spec})`);
      }
    }
    if (layer === 'engine' && !file.endsWith('.test.ts')) {
      const code = text.replace(/\/\/.*$/gm, '');
      if (/Date\.now\(|new Date\(\s*\)|Math\.random\(|performance\.now\(/.test(code)) {
        problems.push(`${where}: the engine takes no clock or randomness; pass them in`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`architecture check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('architecture check: layers and engine purity OK');
