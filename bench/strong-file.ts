// A synthetic Strong export (current semicolon format, kg, decimal commas) for
// the import benchmark: realistic exercises, warm-up rows, rest-timer rows.
// One workout a day of 24 rows, the last on 31 December 2025, so any size of
// file keeps real, past dates (a 50 MB file reaches back to the 1950s).
const EXERCISES = ['Deadlift (Barbell)', 'Bench Press (Barbell)', 'Squat (Barbell)', 'Lat Pulldown (Cable)', 'Shrug (Barbell)', 'Cable Crunch'];
const ROWS_PER_WORKOUT = 24;
const LAST_DAY = Date.UTC(2025, 11, 31);

export function strongCsv(rows: number): string {
  const out = ['"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"'];
  const workouts = Math.ceil(rows / ROWS_PER_WORKOUT);
  let workout = 0;
  let d = '';
  for (let i = 0; i < rows; i++) {
    if (i % ROWS_PER_WORKOUT === 0) {
      workout++;
      d = new Date(LAST_DAY - (workouts - workout) * 86_400_000).toISOString().slice(0, 10);
    }
    const ex = EXERCISES[Math.floor(i / 4) % EXERCISES.length]!;
    const setInEx = (i % 4) + 1;
    const order = i % ROWS_PER_WORKOUT === ROWS_PER_WORKOUT - 1 ? 'Rest Timer' : setInEx === 1 ? 'W' : String(setInEx - 1);
    const weight = (40 + (i % 17) * 2.5).toFixed(1).replace('.', ',');
    if (order === 'Rest Timer') out.push(`${workout};"${d} 18:02:11";"Pull day";3600;"${ex}";"Rest Timer";;;;;120;"";""`);
    else out.push(`${workout};"${d} 18:02:11";"Pull day";3600;"${ex}";"${order}";${weight};${6 + (i % 7)};;0;0;"";""`);
  }
  return out.join('\n') + '\n';
}

/** Rows for a file of about `bytes` (the rows are about 86 bytes each). */
export function rowsForBytes(bytes: number): number {
  return Math.floor(bytes / 86);
}
