// The outbox: every logged combo round, and every set of an own lift or an
// accessory, is written here, with the ids the server will keep, BEFORE any
// network call. The sync loop (sync.ts) then
// uploads it; because the ids never change, a retry can never store a round
// twice. Entries stay after syncing, for a while, as the local training log.
import type { FieldError } from '../api/client.js';
import type { LooseSetBody, RoundBody, Unit, Warning } from '../api/types.js';
import type { Feedback } from '../../../src/engine/model.js';
import type { LocalDb } from './idb.js';

/**
 * pending: saved on this phone, not yet on the server.
 * synced: the server has it (201 or 200).
 * conflict: the server holds another round under this id (409): kept for the lifter to look at.
 * rejected: the server refused it (400/404): kept, with the reason, for the lifter to look at.
 * deleted: the lifter deleted it on another device (410), so it was not sent
 *   again. No longer part of the phone's log (list() leaves it out); kept only
 *   to tell the lifter, until they dismiss it (listDeleted, discard).
 */
export type OutboxStatus = 'pending' | 'synced' | 'conflict' | 'rejected' | 'deleted';

/** What the outbox keeps about anything it holds, round or set, besides its body. */
interface EntryState {
  /** The entry's id, the same as body.id. */
  id: string;
  /** Whose it is: a shared phone never uploads one lifter's round into another's account. */
  userId: string;
  status: OutboxStatus;
  /** Failed uploads so far (network, server trouble). */
  attempts: number;
  createdAt: string;
  syncedAt?: string;
  /** Why the server said no (conflict, rejected). */
  problem?: string;
  /** The fields the server named, when it named them. */
  fields?: FieldError[];
  /** When it was deleted elsewhere (status deleted). */
  deletedAt?: string;
}

export interface OutboxEntry extends EntryState {
  body: RoundBody;
  /** What the server's rules said about the round once synced. */
  warnings?: Warning[];
}

type WithoutId<T> = Omit<T, 'id'>;
/** The wire round as the runner has it: everything but the ids, which the outbox makes. */
export type RoundDraft = Omit<RoundBody, 'id' | 'compound' | 'shrug' | 'rampUp' | 'unit'> & {
  /** The phone always says which unit it logged in. */
  unit: Unit;
  compound: WithoutId<RoundBody['compound']>;
  shrug: WithoutId<RoundBody['shrug']>;
  rampUp?: WithoutId<NonNullable<RoundBody['rampUp']>[number]>[];
};

/**
 * A set outside any combo, kept in the same store as the rounds (so one sync
 * pass and one count cover both); `kind` tells them apart, and entries
 * without it are rounds, as every entry was before sets came.
 */
export interface SetEntry extends EntryState {
  kind: 'set';
  body: LooseSetBody;
}

/** A set as the day's list logs it: the outbox gives it its id. */
export type SetDraft = Omit<LooseSetBody, 'id'>;

/**
 * The lifter's ratings of a combo's session, for the round they belong to:
 * one entry per round (its id is the round's with "feedback:" before it), the
 * latest ratings replacing earlier ones, sent after the round (PUT).
 */
export interface FeedbackEntry extends EntryState {
  kind: 'feedback';
  body: { roundId: string; feedback: Feedback };
}

type AnyEntry = OutboxEntry | SetEntry | FeedbackEntry;

export const isSet = (e: OutboxEntry | SetEntry): e is SetEntry => (e as SetEntry).kind === 'set';
const isRound = (e: AnyEntry): e is OutboxEntry => (e as { kind?: string }).kind === undefined;
const isFeedback = (e: AnyEntry): e is FeedbackEntry => (e as FeedbackEntry).kind === 'feedback';

const byCreated = <T extends { createdAt: string }>(a: T, b: T) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

export interface OutboxCounts {
  pending: number;
  conflict: number;
  rejected: number;
  synced: number;
  deleted: number;
}

/** What changed: the sync loop wakes up on "add" only (its own updates must not wake it). */
export type OutboxChange = 'add' | 'update' | 'remove';

export class Outbox {
  private listeners = new Set<(change: OutboxChange) => void>();

  constructor(
    private readonly db: LocalDb,
    private readonly uuid: () => string = () => crypto.randomUUID(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Gives the round and its sets their ids, stores it, and resolves once it is on disk. */
  async add(userId: string, round: RoundDraft): Promise<OutboxEntry> {
    const { rampUp, ...rest } = round;
    const body: RoundBody = {
      ...rest,
      id: this.uuid(),
      compound: { ...round.compound, id: this.uuid() },
      shrug: { ...round.shrug, id: this.uuid() },
      ...(rampUp ? { rampUp: rampUp.map((r) => ({ ...r, id: this.uuid() })) } : {}),
    };
    const entry: OutboxEntry = { id: body.id, userId, body, status: 'pending', attempts: 0, createdAt: this.clock().toISOString() };
    await this.db.put('outbox', entry);
    this.changed('add');
    return entry;
  }

  /** Gives the set its id, stores it, and resolves once it is on disk. */
  async addSet(userId: string, set: SetDraft): Promise<SetEntry> {
    const entry: SetEntry = { kind: 'set', id: this.uuid(), userId, body: { ...set, id: '' }, status: 'pending', attempts: 0, createdAt: this.clock().toISOString() };
    entry.body.id = entry.id;
    await this.db.put('outbox', entry);
    this.changed('add');
    return entry;
  }

  /** The user's rounds, oldest first (not those deleted elsewhere). */
  async list(userId: string): Promise<OutboxEntry[]> {
    const all = await this.db.getAll<OutboxEntry | SetEntry>('outbox');
    return all.filter((e): e is OutboxEntry => e.userId === userId && isRound(e as AnyEntry) && e.status !== 'deleted').sort(byCreated);
  }

  /** The user's sets outside combos, oldest first (not those deleted elsewhere). */
  async listSets(userId: string): Promise<SetEntry[]> {
    const all = await this.db.getAll<OutboxEntry | SetEntry>('outbox');
    return all.filter((e): e is SetEntry => e.userId === userId && isSet(e) && e.status !== 'deleted').sort(byCreated);
  }

  /** Rounds and sets the server said were deleted on another device, for telling the lifter; oldest first. */
  async listDeleted(userId: string): Promise<(OutboxEntry | SetEntry)[]> {
    const all = await this.db.getAll<AnyEntry>('outbox');
    return all.filter((e): e is OutboxEntry | SetEntry => e.userId === userId && e.status === 'deleted' && !isFeedback(e)).sort(byCreated);
  }

  /** The user's pending rounds, sets and ratings, oldest first, from one read. */
  async pendingAll(userId: string): Promise<{ rounds: OutboxEntry[]; sets: SetEntry[]; feedback: FeedbackEntry[] }> {
    const all = (await this.db.getAll<AnyEntry>('outbox')).filter((e) => e.userId === userId && e.status === 'pending').sort(byCreated);
    return { rounds: all.filter(isRound), sets: all.filter((e): e is SetEntry => (e as SetEntry).kind === 'set'), feedback: all.filter(isFeedback) };
  }

  /** Stores the lifter's ratings for a round (replacing any earlier ones) and resolves once on disk. */
  async setFeedback(userId: string, roundId: string, feedback: Feedback): Promise<FeedbackEntry> {
    const entry: FeedbackEntry = { kind: 'feedback', id: `feedback:${roundId}`, userId, body: { roundId, feedback }, status: 'pending', attempts: 0, createdAt: this.clock().toISOString() };
    await this.db.put('outbox', entry);
    this.changed('add');
    return entry;
  }

  /** Every round's ratings given on this phone, by round id (the latest of each). */
  async ratings(userId: string): Promise<Map<string, Feedback>> {
    const all = await this.db.getAll<AnyEntry>('outbox');
    return new Map(all.filter((e): e is FeedbackEntry => e.userId === userId && isFeedback(e) && e.status !== 'deleted').map((e) => [e.body.roundId, e.body.feedback]));
  }

  /** The ratings given for a round on this phone, if any. */
  async feedbackFor(roundId: string): Promise<Feedback | null> {
    const e = await this.db.get<FeedbackEntry>('outbox', `feedback:${roundId}`);
    return e?.body.feedback ?? null;
  }

  /** Everything this phone keeps to send, by where it stands: rounds, sets and ratings alike (the sync line counts them all). */
  async counts(userId: string): Promise<OutboxCounts> {
    const counts: OutboxCounts = { pending: 0, conflict: 0, rejected: 0, synced: 0, deleted: 0 };
    const all = await this.db.getAll<OutboxEntry | SetEntry>('outbox');
    for (const e of all) if (e.userId === userId) counts[e.status] += 1;
    return counts;
  }

  /** For the sync loop: record what the server said. */
  async update(id: string, patch: Partial<Omit<OutboxEntry, 'id' | 'userId' | 'body'>>, sent?: { createdAt: string }): Promise<void> {
    const current = await this.db.get<OutboxEntry | SetEntry>('outbox', id);
    if (!current) return;
    // What the server answered was about the entry as sent: one replaced meanwhile (new ratings) stays pending.
    if (sent && current.createdAt !== sent.createdAt) return;
    await this.db.put('outbox', { ...current, ...patch });
    this.changed('update');
  }

  /**
   * The lifter corrects a round or set the server refused: the new numbers
   * under the same ids (so a retry still can never store it twice), pending
   * again with a clean slate. Nothing the lifter entered is dropped on the way.
   */
  async edit(id: string, body: RoundBody | LooseSetBody): Promise<void> {
    const current = await this.db.get<OutboxEntry | SetEntry>('outbox', id);
    if (!current) throw new Error('That entry is no longer on this phone.');
    if (current.status === 'synced') throw new Error('The server already has it: edit it in History.');
    const { problem: _p, fields: _f, ...rest } = current;
    await this.db.put('outbox', { ...rest, body: { ...body, id: current.id }, status: 'pending', attempts: 0 });
    this.changed('add');
  }

  /** The lifter drops a round the server would not take, or dismisses one deleted elsewhere. */
  async discard(id: string, sent?: { createdAt: string }): Promise<void> {
    // Only the entry as it was sent: one replaced meanwhile (new ratings) stays.
    if (sent && (await this.db.get<{ createdAt: string }>('outbox', id))?.createdAt !== sent.createdAt) return;
    await this.db.delete('outbox', id);
    this.changed('remove');
  }

  /** Forgets synced rounds older than `before` (the history cache has them by then). */
  async prune(before: Date): Promise<void> {
    const all = await this.db.getAll<OutboxEntry | SetEntry>('outbox');
    const old = all.filter((e) => e.status === 'synced' && e.syncedAt !== undefined && e.syncedAt < before.toISOString());
    for (const e of old) await this.db.delete('outbox', e.id);
    if (old.length > 0) this.changed('remove');
  }

  /** Called after every change; returns the unsubscribe. */
  subscribe(fn: (change: OutboxChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(change: OutboxChange): void {
    for (const fn of this.listeners) fn(change);
  }
}
