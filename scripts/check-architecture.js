#!/usr/bin/env node
// Keeps the layers honest: the engine is pure (no I/O, clock, randomness or
// third-party code), and imports only point down the stack
// engine <- schema <- store <- api, engine <- web, cli uses api/store.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const layers = {
  engine: [],
  // boundary schemas (zod): validate input once, shared by cli and api
  schema: ['engine'],
  // importers and exporters: file formats in, plain objects out
  interop: ['engine', 'schema'],
  store: ['engine', 'schema'],
  api: ['engine', 'schema', 'interop', 'store'],
  cli: ['engine', 'schema', 'interop', 'store', 'api'],
  web: ['engine'],
};

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
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target && target !== layer && !layers[layer].includes(target)) {
          problems.push(`${where}: ${layer} may not import from ${target} (${spec})`);
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
