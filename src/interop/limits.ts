// The largest values the export document takes back (POST /import/json). A CSV
// import keeps to them too, so whatever it stores can be exported and imported
// again unchanged; a row past one is skipped with the limit as its reason.
export const LIMITS = {
  /** Load in either unit, either sign (assistance is negative). */
  load: 10_000,
  reps: 100_000,
  seconds: 10_000_000,
  /** Metres. */
  distance: 100_000_000,
  restSeconds: 86_400,
  setNotes: 5000,
  sessionName: 200,
  sessionNotes: 10_000,
  /** A lifter's own exercise name. */
  exerciseName: 80,
  setsPerSession: 1000,
} as const;
