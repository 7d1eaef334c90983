// Lists of weights as a lifter types them: "2.5, 5, 7.5" or, for a full rack,
// "2.5 to 50 by 2.5". Long evenly spaced runs are written back the short way.

const RUN = /^(\d+(?:\.\d+)?)\s*(?:to|–|-)\s*(\d+(?:\.\d+)?)\s*(?:by|every)\s*(\d+(?:\.\d+)?)$/i;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The numbers in `text`, ascending and without repeats; or the first piece that is not a number or a run. */
export function parseNumberList(text: string): { values: number[] } | { bad: string } {
  const values = new Set<number>();
  for (const raw of text.split(/[,;\n]+/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const run = RUN.exec(piece);
    if (run) {
      const [from, to, step] = [Number(run[1]), Number(run[2]), Number(run[3])];
      if (!(step > 0) || to < from || (to - from) / step > 1000) return { bad: piece };
      for (let x = from; x <= to + 1e-9; x += step) values.add(round(x));
      continue;
    }
    const n = Number(piece);
    if (!Number.isFinite(n) || piece === '') return { bad: piece };
    values.add(round(n));
  }
  return { values: [...values].sort((a, b) => a - b) };
}

/** Writes a list back, folding runs of 4 or more evenly spaced weights into "a to b by s". */
export function formatNumberList(values: readonly number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    const step = j < sorted.length ? round(sorted[j]! - sorted[i]!) : 0;
    while (j < sorted.length && round(sorted[j]! - sorted[j - 1]!) === step) j++;
    if (j - i >= 4) {
      parts.push(`${sorted[i]} to ${sorted[j - 1]} by ${step}`);
      i = j;
    } else {
      parts.push(String(sorted[i]));
      i += 1;
    }
  }
  return parts.join(', ');
}
