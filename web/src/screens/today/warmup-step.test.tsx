// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, heading, mountRunner } from './runner-harness.js';
import { deadliftSession } from './session-fixture.js';
import { WarmupStep } from './warmup-step.js';

afterEach(cleanup);

// The six drills, today's movement (elevation, for the deadlift combo) last.
const drills = deadliftSession().warmup.drills;
const props = { drills, onNext: vi.fn(), onBack: vi.fn(), onSkip: vi.fn() };
const done = () => [...document.querySelectorAll('.steps li')].map((li) => li.getAttribute('data-done'));

describe('warm-up step', () => {
  it('shows one drill: its name, place in the warm-up, movement, dose, cue and the muscles it works', () => {
    render(<WarmupStep {...props} index={0} />);
    expect(heading()).toBe('Blade squeeze');
    expect(screen.getByText('Warm-up 1 of 6 · Retraction')).toBeTruthy();
    expect(document.querySelector('.dose')!.textContent).toBe('1 × 8 · hold 2 s at the end · no load');
    expect(screen.getByText(drills[0]!.cue)).toBeTruthy();
    const muscles = [...document.querySelectorAll('.muscles dt, .muscles dd')].map((x) => x.textContent);
    expect(muscles[0]).toBe('Works');
    expect(muscles[1]).toMatch(/Middle trapezius/i);
    expect(done()).toEqual(['true', 'false', 'false', 'false', 'false', 'false']);
    // The first drill has nothing before it.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('marks the drill for a movement in today’s combos, and ends the warm-up on the last', () => {
    render(<WarmupStep {...props} index={5} />);
    expect(heading()).toBe('Ear reach');
    expect(screen.getByText('Warm-up 6 of 6 · Elevation · in today’s combos')).toBeTruthy();
    expect(document.querySelector('.dose')!.textContent).toMatch(/^2 × 8/);
    expect(done().every((d) => d === 'true')).toBe(true);
    click('Warm-up done');
    expect(props.onNext).toHaveBeenCalled();
  });

  it('in a drill week calls them drills, not a warm-up', () => {
    render(<WarmupStep {...props} index={5} practice />);
    expect(screen.getByText('Drill 6 of 6 · Elevation')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drills done' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End the drills here' })).toBeTruthy();
  });

  it('in the runner: next and back move through the drills, and skipping goes on to the first combo', async () => {
    await mountRunner();
    click('Start');
    expect(heading()).toBe('Blade squeeze');
    click('Next drill');
    click('Next drill');
    expect(heading()).toBe('Tall neck');
    click('Back');
    expect(heading()).toBe('Plank push-away');
    click('Skip the rest of the warm-up');
    expect(heading()).toBe('Work up');
  });

  it('in the runner: the last drill’s button leads to the first combo', async () => {
    await mountRunner();
    click('Start');
    for (let i = 0; i < 5; i++) click('Next drill');
    expect(heading()).toBe('Ear reach');
    click('Warm-up done');
    expect(heading()).toBe('Work up');
  });
});
