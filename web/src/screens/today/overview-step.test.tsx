// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayItems, type DayListProps } from './day-list.js';
import type { DayRound, DaySet } from './day-log.js';
import { OverviewStep } from './overview-step.js';
import { deadliftSession, inventory } from './session-fixture.js';

const TODAY = '2026-12-07';

function dayProps(session = deadliftSession(), over: Partial<DayListProps> = {}): DayListProps {
  return {
    items: dayItems(session, over.items ? [] : [], undefined),
    unit: 'kg',
    inventory,
    today: TODAY,
    rounds: [],
    sets: [],
    own: new Map(),
    clock: () => 0,
    onLogSet: vi.fn(async () => {}),
    onAdd: vi.fn(),
    onRemove: vi.fn(),
    onMove: vi.fn(),
    ...over,
  };
}

const set = (over: Partial<DaySet>): DaySet => ({ id: crypto.randomUUID(), sessionId: 's', date: '2026-11-30', exerciseId: 'bench_press', kind: 'normal', load: 100, unit: 'kg', reps: 8, rir: null, local: false, ...over });

describe('today overview', () => {
  afterEach(cleanup);

  it('on a rest day names the next training day and offers to do it now', () => {
    const pick = vi.fn();
    render(<OverviewStep session={null} today="sun" nextDay="mon" onStart={vi.fn()} onPickDay={pick} day={dayProps()} combosLeft={0} onFinish={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Rest day' })).toBeTruthy();
    expect(screen.getByText('Next training day: Monday.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Do Monday’s session now' }));
    expect(pick).toHaveBeenCalledWith('mon');
  });

  it('in a drill week offers the six drills as the session, the weeks left, and the combos anyway', () => {
    const session = deadliftSession();
    const start = vi.fn();
    const drills = vi.fn();
    render(
      <OverviewStep
        session={session}
        today={session.weekday}
        nextDay={null}
        onStart={start}
        onPickDay={vi.fn()}
        drills={{ week: 1, of: 2, weeksAfter: 1, combosFrom: '2026-11-16' }}
        onStartDrills={drills}
        day={dayProps(session)}
        combosLeft={session.combos.length}
        onFinish={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Today: blade drills' })).toBeTruthy();
    expect(screen.getByText(/Drill week 1 of 2/)).toBeTruthy();
    expect(screen.getByText(/This week and 1 more week of drills; the combos start on/)).toBeTruthy();
    for (const d of session.warmup.drills) expect(screen.getByRole('heading', { name: d.name })).toBeTruthy();
    for (const c of session.combos) expect(screen.queryByRole('heading', { name: c.name })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start the drills' }));
    expect(drills).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start the combos anyway' }));
    expect(start).toHaveBeenCalled();
  });

  it('lists own lifts first, each combo after the lift it follows, with loads and plates, and starts', () => {
    const session = deadliftSession();
    const start = vi.fn();
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={start} onPickDay={vi.fn()} day={dayProps(session)} combosLeft={session.combos.length} onFinish={vi.fn()} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const items = dayItems(session, [], undefined);
    expect(headings).toEqual(items.map((i) => (i.kind === 'combo' ? i.combo.name : i.name)));
    for (const c of session.combos) {
      const own = items.findIndex((i) => i.kind === 'own' && i.exerciseId === c.planned.after);
      if (own >= 0) expect(items[own + 1]?.key === `combo:${c.planned.comboId}` || items[own + 1]?.kind === 'combo').toBe(true);
    }
    expect(screen.getAllByText(/per side/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Finish' })).toBeNull(); // nothing logged yet
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(start).toHaveBeenCalled();
  });

  it("shows last time's numbers of an own lift and logs a set with its kind, load, reps and RIR", async () => {
    const session = deadliftSession();
    const own = session.compounds[0]!.exerciseId;
    const onLogSet = vi.fn(async () => {});
    const sets = [set({ exerciseId: own, load: 100, reps: 8 }), set({ exerciseId: own, load: 100, reps: 8 }), set({ exerciseId: own, load: 100, reps: 7 })];
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={vi.fn()} onPickDay={vi.fn()} day={dayProps(session, { sets, onLogSet })} combosLeft={1} onFinish={vi.fn()} />);
    expect(screen.getByText('Last: 100 kg × 8, 8, 7')).toBeTruthy();
    const form = screen.getAllByRole('form')[0]!;
    const load = form.querySelector('input')!;
    fireEvent.input(load, { target: { value: '-5' } });
    expect(form.textContent).toContain('must not be negative');
    fireEvent.input(load, { target: { value: 'abc' } });
    expect(form.textContent).toContain('must be a number');
    fireEvent.input(load, { target: { value: '102.5' } });
    expect(form.textContent).toContain('per side');
    fireEvent.change(form.querySelectorAll('select')[0]!, { target: { value: 'failure' } });
    fireEvent.change(form.querySelectorAll('select')[1]!, { target: { value: '1' } });
    fireEvent.submit(form);
    await waitFor(() => expect(onLogSet).toHaveBeenCalledWith(own, { kind: 'failure', load: 102.5, reps: 7, rir: 1 }));
    await waitFor(() => expect(screen.getByRole('timer').textContent).toMatch(/Rest 2:00/));
  });

  it("a combo done today on another phone shows as done, with its numbers, and Finish comes first", () => {
    const session = deadliftSession();
    const c = session.combos[0]!;
    const rounds: DayRound[] = Array.from({ length: c.planned.rounds }, (_, i) => ({
      id: `r${i}`,
      sessionId: 's',
      date: TODAY,
      combo: c.planned.comboId,
      compound: { exercise: c.compound.exerciseId, load: 140, reps: 8, rir: 2, id: `c${i}` },
      shrug: { load: 140, reps: 12, toFailure: true, id: `s${i}` },
      unit: 'kg',
      local: false,
    }));
    const finish = vi.fn();
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={vi.fn()} onPickDay={vi.fn()} day={dayProps(session, { rounds })} combosLeft={session.combos.length - 1} onFinish={finish} />);
    expect(screen.getByText('Done today')).toBeTruthy();
    expect(screen.getAllByText(/Round 1: 140 kg × 8 → shrug 12 to failure/).length).toBe(1);
    expect(screen.queryByText('First time: a cautious starting load.', { exact: false }) === null || session.combos.length > 1).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(finish).toHaveBeenCalled();
  });

  it('a day without combos says so and offers its own lifts instead of an empty Start', () => {
    const session = { ...deadliftSession(), combos: [] };
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={vi.fn()} onPickDay={vi.fn()} day={dayProps(session)} combosLeft={0} onFinish={vi.fn()} />);
    expect(screen.getByText('No combos today: your own lifts are the session.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Save set' }).length).toBe(session.compounds.length);
  });

  it('adds an exercise from the catalog and moves items', () => {
    const session = deadliftSession();
    const onAdd = vi.fn();
    const onMove = vi.fn();
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={vi.fn()} onPickDay={vi.fn()} day={dayProps(session, { onAdd, onMove })} combosLeft={1} onFinish={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an exercise' }));
    fireEvent.input(screen.getByLabelText('Find an exercise'), { target: { value: 'leg press' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Leg press' }));
    expect(onAdd).toHaveBeenCalledWith('leg_press');
    const first = dayItems(session, [], undefined)[0]!;
    const name = first.kind === 'combo' ? first.combo.name : first.name;
    fireEvent.click(screen.getByRole('button', { name: `Move ${name} down` }));
    expect(onMove).toHaveBeenCalledWith(first.key, 1);
  });
});
