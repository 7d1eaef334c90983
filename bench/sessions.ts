// The write load's sessions, shared by the SQLite and PostgreSQL benches.
import { randomUUID } from 'node:crypto';

/**
 * Sessions for the write load: 50 at a time, round-robin, a fresh 50 every
 * 2,500 rounds. A session holds at most LIMITS.roundsPerSession rounds (the
 * export document's bound), and rounds of one session take turns on its row
 * (on PostgreSQL), as one phone's do: 50 phones at once, not one phone 50 times.
 */
export function roundRobinSessions(): (n: number) => string {
  const sessions: string[] = [];
  return (n) => (sessions[Math.floor(n / 2500) * 50 + (n % 50)] ??= randomUUID());
}
