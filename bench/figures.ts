// The bench's figures, kept as they are measured and written as JSON to the
// file BENCH_JSON names (when set), so runs can be compared. Keys are dotted
// paths ("read.p99" becomes { read: { p99 } }).
import { writeFileSync } from 'node:fs';

const figures: Record<string, Record<string, number>> = {};

export function record(key: string, value: number): void {
  const [group, name] = key.split('.') as [string, string];
  (figures[group] ??= {})[name] = Math.round(value * 100) / 100;
}

export function writeFigures(): void {
  const file = process.env.BENCH_JSON;
  if (!file) return;
  writeFileSync(file, JSON.stringify(figures, null, 2) + '\n');
  console.log(`\nfigures written to ${file}`);
}
