import { describe, expect, it } from 'vitest';
import { syncSummary } from './sync-status.js';

const counts = (pending: number, conflict = 0, rejected = 0) => ({ pending, conflict, rejected, synced: 0, deleted: 0 });

describe('the sync indicator', () => {
  it('says all synced when nothing waits', () => {
    expect(syncSummary(counts(0), 'idle', true)).toEqual({ text: 'All synced', tone: 'ok' });
  });
  it('counts rounds waiting, and says when they are going up', () => {
    expect(syncSummary(counts(3), 'retrying', true).text).toBe('3 waiting to sync');
    expect(syncSummary(counts(1), 'syncing', true).text).toBe('Syncing 1 round…');
  });
  it('reassures that rounds are saved on the phone when offline', () => {
    expect(syncSummary(counts(2), 'offline', true)).toEqual({ text: 'Offline — 2 saved on this phone', tone: 'offline' });
    expect(syncSummary(counts(0), 'idle', false).text).toBe('Offline — all saved');
  });
  it('points at rounds the server would not take', () => {
    expect(syncSummary(counts(0, 1), 'idle', true)).toEqual({ text: '1 round needs a look', tone: 'problem' });
    expect(syncSummary(counts(2, 1, 1), 'idle', true).text).toBe('2 waiting to sync · 2 rounds need a look');
  });
  it('tells of what was deleted on another device and so not sent, until dismissed', () => {
    const gone = { ...counts(0), deleted: 1 };
    expect(syncSummary(gone, 'idle', true)).toEqual({ text: 'All synced · 1 deleted on another device', tone: 'ok' });
    expect(syncSummary({ ...gone, rejected: 1 }, 'idle', true)).toEqual({ text: '1 round needs a look · 1 deleted on another device', tone: 'problem' });
  });
  it('asks to log in again when the session ended with rounds waiting', () => {
    expect(syncSummary(counts(2), 'signed-out', true).text).toBe('Log in again to sync 2 rounds');
  });
});
