// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverviewStep } from './overview-step.js';
import { deadliftSession } from './session-fixture.js';

describe('today overview', () => {
  afterEach(cleanup);

  it('on a rest day names the next training day and offers to do it now', () => {
    const pick = vi.fn();
    render(<OverviewStep session={null} today="sun" nextDay="mon" onStart={vi.fn()} onPickDay={pick} />);
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

  it('lists each combo with its load and how to build it, and starts', () => {
    const session = deadliftSession();
    const start = vi.fn();
    render(<OverviewStep session={session} today={session.weekday} nextDay={null} onStart={start} onPickDay={vi.fn()} />);
    for (const c of session.combos) expect(screen.getByRole('heading', { name: c.name })).toBeTruthy();
    expect(screen.getAllByText(/per side/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(start).toHaveBeenCalled();
  });
});
