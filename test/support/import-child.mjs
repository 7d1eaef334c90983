// A process that imports a Strong file and is killed halfway (import-sigkill
// test): it writes half the file's batches inside the import's transaction,
// says so on stdout, then waits for the rest of a file that never comes.
// Runs the built code (dist), as the server does. Arguments: a JSON StoreConfig.
import { openDatabase, migrateToLatest, users } from '../../dist/src/store/index.js';
import { importHistory } from '../../dist/src/services/import-history.js';

const config = JSON.parse(process.argv[2]);
const store = await openDatabase(config);
await migrateToLatest(store);
const user = await users.createUser(store.db, { email: `killed-${process.pid}@example.org`, passwordHash: 'x', displayName: 'killed' });
console.log(`user ${user.id}`);

const HEADER = '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"';
function rows(from, to) {
  const out = [];
  for (let i = from; i < to; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
    out.push(`"${Math.floor(i / 20) + 1}";"${day} 18:00:00";"Pull";"3600";"Deadlift (Barbell)";"${(i % 20) + 1}";"140";"5";"";"";"";"";""`);
  }
  return out.join('\n') + '\n';
}
async function* halfAFile() {
  yield Buffer.from(`${HEADER}\n${rows(0, 5000)}`);
  await new Promise(() => {}); // the rest never comes: the transaction stays open
}
await importHistory(store.db, user.id, () => halfAFile(), {
  format: 'strong',
  onProgress: (n) => console.log(`rows ${n}`),
});
