// @vitest-environment happy-dom
// The set-up screens in a DOM: errors shown against their fields, the beginner's
// explanation, and the finished form saved as the profile, then the week built.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext, type Services } from '../../services.js';
import { OnboardingScreen } from './onboarding-screen.js';

let calls: { method: string; url: string; body: unknown }[] = [];
let answers: Record<string, () => Response> = {};

beforeEach(() => {
  calls = [];
  answers = {
    'PUT /api/v1/profile': () => Response.json({ profile: { unit: 'kg' } }),
    'POST /api/v1/plan/generate': () => Response.json({ plan: { id: 'p1', days: [] } }, { status: 201 }),
  };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return answers[`${method} ${url}`]?.() ?? new Response(null, { status: 404 });
  });
  location.hash = '#/welcome';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderScreen() {
  const update = vi.fn(async () => {});
  const services = { data: { update } } as unknown as Services;
  render(
    <ServicesContext.Provider value={services}>
      <OnboardingScreen />
    </ServicesContext.Provider>,
  );
  return { update };
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|Build my week)$/ }));
const check = (label: string | RegExp) => fireEvent.click(screen.getByLabelText(label));

async function fillUpToGym() {
  check('kg');
  fireEvent.input(screen.getByLabelText('Bodyweight (kg)'), { target: { value: '82' } });
  next();
  check(/^Intermediate/);
  next();
  check(/^Upper \/ lower/);
  for (const d of ['Mon', 'Tue', 'Thu', 'Fri']) check(d);
  next();
  await screen.findByRole('heading', { name: 'Your gym' });
}

describe('set-up', () => {
  it('shows each problem under its field and does not move on', () => {
    renderScreen();
    next();
    const bodyweight = screen.getByLabelText('Bodyweight');
    expect(bodyweight.getAttribute('aria-invalid')).toBe('true');
    const described = bodyweight.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Must be a number.');
    expect(screen.getByText('Choose kilograms or pounds.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'About you' })).toBeTruthy();
  });

  it('refuses a bodyweight outside the unit’s range', () => {
    renderScreen();
    check('lb');
    fireEvent.input(screen.getByLabelText('Bodyweight (lb)'), { target: { value: '30' } });
    next();
    expect(screen.getByText('Must be between 55 and 882 lb.')).toBeTruthy();
  });

  it('tells a beginner why this advanced technique starts with drills', () => {
    renderScreen();
    check('kg');
    fireEvent.input(screen.getByLabelText('Bodyweight (kg)'), { target: { value: '70' } });
    next();
    expect(screen.queryByText('Why your plan starts with drills')).toBeNull();
    check(/^Beginner/);
    expect(screen.getByText('Why your plan starts with drills')).toBeTruthy();
    expect(screen.getByText(/Post-exhaustion is an advanced technique/)).toBeTruthy();
  });

  it('checks the days against the split', async () => {
    renderScreen();
    check('kg');
    fireEvent.input(screen.getByLabelText('Bodyweight (kg)'), { target: { value: '70' } });
    next();
    check(/^Advanced/);
    next();
    check(/^Push \/ pull \/ legs/);
    check('Mon');
    next();
    expect(await screen.findByText('Push / pull / legs runs on 3 or 6 days a week; you picked 1.')).toBeTruthy();
  });

  it('saves the profile with a full inventory, builds the week and opens it', async () => {
    const { update } = renderScreen();
    await fillUpToGym();
    next();
    expect(await screen.findByText('Choose the kind of gym you train in.')).toBeTruthy();
    check(/^A home or garage gym/);
    next();
    await waitFor(() => expect(location.hash).toBe('#/plan?welcome=1'));
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['PUT /api/v1/profile', 'POST /api/v1/plan/generate']);
    const body = calls[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ unit: 'kg', bodyweight: 82, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'] });
    expect(body['equipment']).toMatchObject({ unit: 'kg', barWeight: 20 });
    expect(update).toHaveBeenCalledWith({ profile: { unit: 'kg' }, plan: { id: 'p1', days: [] } });
  });

  it('sends the lifter back to the step the server found a problem in', async () => {
    answers['PUT /api/v1/profile'] = () =>
      Response.json({ error: { code: 'bad_request', message: 'That week does not work', fields: [{ field: 'days', message: 'pick other days' }] } }, { status: 400 });
    renderScreen();
    await fillUpToGym();
    check(/^A commercial gym/);
    next();
    expect(await screen.findByRole('heading', { name: 'Your week' })).toBeTruthy();
    expect(screen.getByText('Pick other days.')).toBeTruthy();
  });
});
