// What the always-visible sync indicator says, from the outbox counts and the
// sync loop's phase. Pure, so every wording is tested.
import type { OutboxCounts } from './outbox.js';
import type { SyncPhase } from './sync.js';

export type SyncTone = 'ok' | 'busy' | 'offline' | 'problem';

export interface SyncSummary {
  text: string;
  tone: SyncTone;
}

const rounds = (n: number) => `${n} ${n === 1 ? 'round' : 'rounds'}`;

export function syncSummary(counts: OutboxCounts, phase: SyncPhase, online: boolean): SyncSummary {
  const problems = counts.conflict + counts.rejected;
  // Deleted on another device and so not sent: said until the lifter dismisses it in Settings.
  const goneText = counts.deleted > 0 ? `${counts.deleted} deleted on another device` : '';
  const problemText = [problems > 0 ? `${rounds(problems)} ${problems === 1 ? 'needs' : 'need'} a look` : '', goneText].filter(Boolean).join(' · ');
  const join = (a: string) => (problemText ? `${a} · ${problemText}` : a);

  if (phase === 'signed-out' && counts.pending > 0) return { text: `Log in again to sync ${rounds(counts.pending)}`, tone: 'problem' };
  if (!online || phase === 'offline') {
    return { text: join(counts.pending > 0 ? `Offline — ${counts.pending} saved on this phone` : 'Offline — all saved'), tone: 'offline' };
  }
  if (counts.pending > 0) {
    return { text: join(phase === 'syncing' ? `Syncing ${rounds(counts.pending)}…` : `${counts.pending} waiting to sync`), tone: 'busy' };
  }
  if (problems > 0) return { text: problemText, tone: 'problem' };
  return { text: join('All synced'), tone: 'ok' };
}
