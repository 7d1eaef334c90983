// The benchmark (not part of npm test): times the engine's hot paths against
// their targets and prints median and p95 per operation. Exits 0 either way;
// a missed target is printed as MISSED.
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/engine/analytics/index.js';
import { commercialGym } from '../src/engine/inventory-presets.js';
import type { ComboLog, Inventory, ProgramInput } from '../src/engine/model.js';
import { generatePlan } from '../src/engine/program/generate.js';
import { roundLoad } from '../src/engine/loads/round.js';
import { nextPrescription } from '../src/engine/progression.js';
import type { Unit } from '../src/engine/types.js';
import { runApiBench } from './api.js';
import { runWebBench } from './web.js';
import { writeFigures } from './figures.js';
import { generateHistory } from './history.js';

interface Result {
  name: string;
  runs: number;
  median: number;
  p95: number;
  targetMs: number;
}

// Keeps results alive so the optimiser cannot drop the work being timed.
let sink = 0;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Times each call on its own after a warm-up that lets the JIT settle. */
function time(name: string, targetMs: number, warmup: number, runs: number, fn: (i: number) => unknown): Result {
  for (let i = 0; i < warmup; i++) sink += fn(i) === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = fn(i);
    samples.push(performance.now() - t0);
    sink += out === undefined ? 0 : 1;
  }
  samples.sort((a, b) => a - b);
  return { name, runs, median: quantile(samples, 0.5), p95: quantile(samples, 0.95), targetMs };
}

const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);

function status(r: Result): string {
  if (r.median > r.targetMs) return 'MISSED';
  return r.p95 > r.targetMs ? 'ok (p95 over target)' : 'ok';
}

function printTable(results: Result[]): void {
  const rows = [
    ['operation', 'runs', 'median', 'p95', 'target', 'status'],
    ...results.map((r) => [r.name, String(r.runs), ms(r.median), ms(r.p95), `< ${r.targetMs} ms`, status(r)]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 || c === 5 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

/** The latest round of each combo, the case nextPrescription meets after a session. */
function latestPerCombo(history: ComboLog[]): ComboLog[] {
  const latest = new Map<string, ComboLog>();
  for (const log of history) latest.set(log.comboId, log);
  return [...latest.values()];
}

function main(): void {
  const t0 = performance.now();
  const history = generateHistory({ years: 10 });
  const genMs = performance.now() - t0;
  const lb = history.filter((l) => l.unit === 'lb').length;
  console.log(`history: 10 years, ${history.length} combo rounds (${2 * history.length} sets: compound + shrug each), ${lb} logged in lb, ${history[0]!.date} to ${history.at(-1)!.date}; generated in ${ms(genMs)}`);
  console.log();

  const results: Result[] = [];
  const input: ProgramInput = {
    split: 'push_pull_legs',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    inventory: commercialGym('kg'),
    experience: 'intermediate',
  };
  results.push(time('generatePlan (PPL, 6 days, commercial gym)', 1, 500, 5000, () => generatePlan(input)));

  // One inventory per unit, built once as an app would keep it (rounding caches tables per inventory).
  const gyms: Record<Unit, Inventory> = { kg: commercialGym('kg'), lb: commercialGym('lb') };
  const logs = latestPerCombo(history);
  results.push(
    time(`nextPrescription (latest round of each of ${logs.length} combos)`, 1, 500, 5000, (i) => {
      const log = logs[i % logs.length]!;
      return nextPrescription(log, { inventory: gyms[log.unit] });
    }),
  );

  // Rounding once the inventory's tables are cached: its speed was once a test's, but tests never time things.
  results.push(time('roundLoad (lb asked of a kg gym, cached tables)', 0.05, 2000, 20_000, (i) => roundLoad(20 + (i % 600), 'lb', 'barbell', gyms.kg)));

  const asOf = history.at(-1)!.date;
  results.push(time(`analyze (${history.length} rounds, 10 years)`, 50, 10, 50, () => analyze(history, { asOf, unit: 'kg' })));

  printTable(results);
  const missed = results.filter((r) => status(r) === 'MISSED');
  console.log();
  console.log(missed.length === 0 ? 'all targets met (on the median)' : `MISSED: ${missed.map((r) => r.name).join(', ')}`);
  if (sink < 0) console.log(sink);
}

// The HTTP and web halves need the build (npm run bench builds first); skip both with
// BENCH_ENGINE_ONLY=1, or run the web half alone with BENCH_WEB_ONLY=1.
if (!process.env.BENCH_WEB_ONLY) main();
if (!process.env.BENCH_ENGINE_ONLY && !process.env.BENCH_WEB_ONLY) await runApiBench();
if (!process.env.BENCH_ENGINE_ONLY) await runWebBench();
writeFigures();
