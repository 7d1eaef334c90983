// @vitest-environment happy-dom
// "My own days" in set-up: each ticked day gets a name and lifts (catalog
// compounds by name, or the lifter's own with a movement), sent as the
// profile's customDays; the server's complaint about one lift is shown
// under that lift's field.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext, type Services } from '../../services.js';
import { OnboardingScreen } from './onboarding-screen.js';

let bodies: unknown[] = [];
let answer: () => Response;

beforeEach(() => {
  bodies = [];
  answer = () => Response.json({ profile: { unit: 'kg' } });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    if (url === '/api/v1/profile') {
      bodies.push(JSON.parse(String(init.body)));
      return answer();
    }
    if (url === '/api/v1/plan/generate') return Response.json({ plan: { id: 'p1', days: [] } }, { status: 201 });
    return new Response(null, { status: 404 });
  });
  location.hash = '#/welcome';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|Build my week)$/ }));
const check = (label: string | RegExp) => fireEvent.click(screen.getByLabelText(label));
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const pick = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const day = (name: string) => within(screen.getByRole('group', { name }));

function toWeek() {
  const services = { data: { update: vi.fn(async () => {}) } } as unknown as Services;
  render(
    <ServicesContext.Provider value={services}>
      <OnboardingScreen />
    </ServicesContext.Provider>,
  );
  check('kg');
  type(screen.getByLabelText('Bodyweight (kg)'), '80');
  next();
  check(/^Intermediate/);
  next();
  check(/^My own days/);
  check('Mon');
  check('Thu');
}

/** Monday: Push with bench press and the lifter's own "Cable fly"; Thursday: Pull with a barbell row. */
function fillDays() {
  const mon = day('Monday');
  type(mon.getByLabelText('Name of Monday'), 'Push');
  pick(mon.getByLabelText('Lift 1'), 'bench_press');
  fireEvent.click(mon.getByRole('button', { name: 'Add a lift to Monday' }));
  pick(mon.getByLabelText('Lift 2'), 'own');
  type(mon.getByLabelText('Name of lift 2'), 'Cable fly');
  pick(mon.getByLabelText('Movement of lift 2'), 'horizontal_press');
  const thu = day('Thursday');
  type(thu.getByLabelText('Name of Thursday'), 'Pull');
  pick(thu.getByLabelText('Lift 1'), 'barbell_row');
}

async function finish() {
  next();
  await screen.findByRole('heading', { name: 'Your gym' });
  check(/^A commercial gym/);
  next();
}

describe('set-up with my own days', () => {
  it('asks for each day’s name, each lift, and an own lift’s name and movement', () => {
    toWeek();
    fireEvent.click(day('Monday').getByRole('button', { name: 'Add a lift to Monday' }));
    pick(day('Monday').getByLabelText('Lift 2'), 'own');
    next();
    expect(screen.getByRole('heading', { name: 'Your week' })).toBeTruthy();
    const mon = day('Monday');
    expect(mon.getByLabelText('Name of Monday').getAttribute('aria-invalid')).toBe('true');
    expect(mon.getByText('Choose a lift, or “My own lift” to type one.')).toBeTruthy();
    expect(mon.getByText('Type the name of your lift.')).toBeTruthy();
    expect(mon.getByText('Choose the movement closest to it.')).toBeTruthy();
    expect(day('Thursday').getByLabelText('Name of Thursday').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the days as customDays, in week order, with own lifts named and patterned', async () => {
    toWeek();
    fillDays();
    await finish();
    await waitFor(() => expect(location.hash).toBe('#/plan?welcome=1'));
    const body = bodies[0] as Record<string, unknown>;
    expect(body['split']).toBe('custom');
    expect(body['days']).toBeUndefined();
    expect(body['customDays']).toEqual([
      {
        weekday: 'mon',
        label: 'Push',
        compounds: [{ exerciseId: 'bench_press' }, { exerciseId: 'custom:cable-fly', name: 'Cable fly', pattern: 'horizontal_press' }],
      },
      { weekday: 'thu', label: 'Pull', compounds: [{ exerciseId: 'barbell_row' }] },
    ]);
  });

  it('keeps a removed lift out and a day’s typing when it is unticked and ticked again', async () => {
    toWeek();
    fillDays();
    fireEvent.click(day('Monday').getByRole('button', { name: 'Remove lift 1 from Monday' }));
    check('Thu');
    expect(screen.queryByRole('group', { name: 'Thursday' })).toBeNull();
    check('Thu');
    expect((day('Thursday').getByLabelText('Name of Thursday') as HTMLInputElement).value).toBe('Pull');
    await finish();
    await waitFor(() => expect(bodies).toHaveLength(1));
    const days = (bodies[0] as { customDays: { compounds: unknown[] }[] }).customDays;
    expect(days[0]!.compounds).toEqual([{ exerciseId: 'custom:cable-fly', name: 'Cable fly', pattern: 'horizontal_press' }]);
  });

  it('shows the server’s complaint under the lift it names', async () => {
    answer = () =>
      Response.json(
        { error: { code: 'bad_request', message: 'That week does not work', fields: [{ field: 'customDays[0].compounds[1].name', message: 'is too long' }] } },
        { status: 400 },
      );
    toWeek();
    fillDays();
    await finish();
    expect(await screen.findByRole('heading', { name: 'Your week' })).toBeTruthy();
    const name = day('Monday').getByLabelText('Name of lift 2');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(day('Monday').getByText('Is too long.')).toBeTruthy();
  });
});
