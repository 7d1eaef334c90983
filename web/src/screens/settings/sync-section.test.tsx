// @vitest-environment happy-dom
// Settings → Sync says what was deleted on another device before this phone
// sent it (the server answered 410): what it was, when it was deleted, that it
// is not in the log; "OK" dismisses it for good.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalDb } from '../../offline/idb.js';
import { Outbox } from '../../offline/outbox.js';
import { ServicesContext, type Services } from '../../services.js';
import { SyncSection } from './sync-section.js';

const ANA = 'user-ana';

afterEach(cleanup);

describe('the sync section', () => {
  it('tells of a round deleted on another device, and lets the lifter dismiss it', async () => {
    const outbox = new Outbox(await openLocalDb(new IDBFactory()));
    const entry = await outbox.add(ANA, {
      sessionId: '6f1c1f0e-2d1a-4c57-9a51-3f1f0a0c0001',
      date: '2026-11-20',
      combo: 'deadlift_elevation',
      compound: { load: 140, reps: 8, rir: 2 },
      shrug: { load: 140, reps: 14, toFailure: true },
      secondsBetween: 3,
      unit: 'kg',
    });
    await outbox.update(entry.id, { status: 'deleted', deletedAt: '2026-11-21T07:00:00.000Z' });
    const services = { outbox, sync: { syncNow: async () => {} }, session: { userId: ANA } } as unknown as Services;
    render(
      <ServicesContext.Provider value={services}>
        <SyncSection />
      </ServicesContext.Provider>,
    );
    const item = await screen.findByLabelText(/^Deleted on another device: /);
    expect(item.textContent).toMatch(/You deleted this round on another device on (Nov 21, 2026|21 Nov 2026), so this phone did not send it again\. It is not in your log\./);
    expect(item.textContent).toMatch(/140 kg × 8, then 14 shrugs/);
    expect(screen.getByText('Everything you logged is on the server.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByLabelText(/^Deleted on another device: /)).toBeNull());
    expect(await outbox.listDeleted(ANA)).toEqual([]);
  });
});
