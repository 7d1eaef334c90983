// A synthetic Strong export (current semicolon format, kg, decimal commas) for
// the import benchmark: realistic exercises, warm-up rows, rest-timer rows.
const EXERCISES = ['Deadlift (Barbell)', 'Bench Press (Barbell)', 'Squat (Barbell)', 'Lat Pulldown (Cable)', 'Shrug (Barbell)', 'Cable Crunch'];

export function strongCsv(rows: number): string {
  const out = ['"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"'];
  let workout = 0;
  let day = Date.UTC(2016, 0, 4);
  for (let i = 0; i < rows; i++) {
    if (i % 24 === 0) {
      workout++;
      day += 2 * 86400_000;
    }
    const d = new Date(day).toISOString().slice(0, 10);
    const ex = EXERCISES[Math.floor(i / 4) % EXERCISES.length]!;
    const setInEx = (i % 4) + 1;
    const order = i % 24 === 23 ? 'Rest Timer' : setInEx === 1 ? 'W' : String(setInEx - 1);
    const weight = (40 + (i % 17) * 2.5).toFixed(1).replace('.', ',');
    if (order === 'Rest Timer') out.push(`${workout};"${d} 18:02:11";"Pull day";3600;"${ex}";"Rest Timer";;;;;120;"";""`);
    else out.push(`${workout};"${d} 18:02:11";"Pull day";3600;"${ex}";"${order}";${weight};${6 + (i % 7)};;0;0;"";""`);
  }
  return out.join('\n') + '\n';
}
