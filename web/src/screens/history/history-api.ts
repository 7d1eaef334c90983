// The history screen's calls: pages of sessions (with imported sets, which the
// shared types leave out) and correcting or deleting one round.
import { request } from '../../api/client.js';
import type { ComboLogView, ComboRoundBody, HistorySession, Unit, Warning } from '../../api/types.js';

/** A set outside any combo, e.g. from another app's export (src/api/routes/history.ts). */
export interface SessionSet {
  id: string;
  position: number;
  kind: string;
  exerciseId: string;
  load: number;
  unit: Unit;
  reps: number;
  rir: number | null;
  toFailure: boolean;
  seconds: number | null;
  distance: number | null;
  notes: string | null;
}

export interface FullSession extends HistorySession {
  sets: SessionSet[];
}

export interface FullHistoryPage {
  sessions: FullSession[];
  nextCursor: string | null;
  /** The lifter's own exercises on this page, by id (catalog ones are named by the catalog). */
  exerciseNames: Record<string, string>;
}

/** PUT /api/v1/combos/:id: the POST body without the ids and date, which stay. */
export type ComboEdit = Omit<ComboRoundBody, 'id' | 'sessionId' | 'date'>;

export const PAGE_SIZE = 30;

export const fetchHistoryPage = (before: string | null, opts: { signal?: AbortSignal; fresh?: boolean } = {}) =>
  request<FullHistoryPage>('GET', `/history?limit=${PAGE_SIZE}${before ? `&before=${encodeURIComponent(before)}` : ''}`, undefined, opts);

export const putCombo = (id: string, body: ComboEdit) =>
  request<{ log: ComboLogView; warnings: Warning[] }>('PUT', `/combos/${encodeURIComponent(id)}`, body);

export const deleteCombo = (id: string) => request<void>('DELETE', `/combos/${encodeURIComponent(id)}`);

/** The edit body for a stored round, ready to change and send back. */
export function toEdit(log: ComboLogView): ComboEdit {
  return {
    combo: log.combo,
    compound: { ...log.compound },
    shrug: { ...log.shrug },
    secondsBetween: log.secondsBetween,
    rampUp: log.rampUp.map((r) => ({ ...r })),
    ...(log.restSeconds !== null ? { restSeconds: log.restSeconds } : {}),
    ...(log.notes !== null ? { notes: log.notes } : {}),
    unit: log.unit,
    ...(log.bodyweight !== null ? { bodyweight: log.bodyweight } : {}),
  };
}
