// The history screen's calls: pages of sessions (with their sets outside any
// combo, such as imported ones) and correcting or deleting one round.
import { request } from '../../api/client.js';
import type { HistoryPage, Round, RoundEdit, Warning } from '../../api/types.js';

export const PAGE_SIZE = 30;

export const fetchHistoryPage = (before: string | null, opts: { signal?: AbortSignal; fresh?: boolean } = {}) =>
  request<HistoryPage>('GET', `/history?limit=${PAGE_SIZE}${before ? `&before=${encodeURIComponent(before)}` : ''}`, undefined, opts);

export const putCombo = (id: string, body: RoundEdit) =>
  request<{ log: Round; warnings: Warning[] }>('PUT', `/combos/${encodeURIComponent(id)}`, body);

export const deleteCombo = (id: string) => request<void>('DELETE', `/combos/${encodeURIComponent(id)}`);

/** The edit body for a stored round, ready to change and send back. */
export function toEdit(log: Round): RoundEdit {
  return {
    combo: log.combo,
    compound: { ...log.compound },
    shrug: { ...log.shrug },
    secondsBetween: log.secondsBetween,
    rampUp: log.rampUp.map((r) => ({ ...r })),
    ...(log.restSeconds !== null ? { restSeconds: log.restSeconds } : {}),
    ...(log.notes !== null ? { notes: log.notes } : {}),
    // Unit and bodyweight are left out, so the round keeps its own: the form does not change
    // them, and one stored before today's bounds must stay correctable.
  };
}
