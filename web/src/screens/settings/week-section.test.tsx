// @vitest-environment happy-dom
// Changing the week in Settings: a preview of what changes first, nothing sent
// on Cancel, and on confirm the profile and the rebuilt week saved and kept on
// the phone.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commercialGym } from '../../../../src/engine/inventory-presets.js';
import { generatePlan } from '../../../../src/engine/program/index.js';
import type { PlanView, ProfileView } from '../../api/types.js';
import { ServicesContext, type Services } from '../../services.js';
import { WeekSection } from './week-section.js';

const inventory = commercialGym('kg');
const profile: ProfileView = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory, updatedAt: '2026-12-01T00:00:00Z' };
const plan: PlanView = { id: '11111111-1111-4111-8111-111111111111', createdAt: '', createdBy: 'u', ...generatePlan({ split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory, experience: 'intermediate' }) } as unknown as PlanView;

let calls: { method: string; url: string; body: unknown }[] = [];
beforeEach(() => {
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method: init.method ?? 'GET', url, body });
    if (url.endsWith('/profile')) return Response.json({ profile: { ...profile, ...body, inventory: body.equipment } });
    if (url.endsWith('/plan/generate')) return Response.json({ plan: { ...plan, id: '22222222-2222-4222-8222-222222222222' } }, { status: 201 });
    return Response.json({ plan });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderIt() {
  const update = vi.fn(async () => {});
  const services = { data: { update } } as unknown as Services;
  const saved = vi.fn();
  render(
    <ServicesContext.Provider value={services}>
      <WeekSection profile={profile} plan={plan} onSaved={saved} />
    </ServicesContext.Provider>,
  );
  return { update, saved };
}

describe('your week and gym in Settings', () => {
  it('previews what leaves when equipment goes, sends nothing on Cancel', () => {
    renderIt();
    fireEvent.click(screen.getByRole('checkbox', { name: /Dip station/i }));
    fireEvent.click(screen.getByRole('button', { name: 'See what changes' }));
    const region = screen.getByRole('region', { name: 'What changes in your week' });
    expect(region.textContent).toMatch(/leaves: no .*dip station/i);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'What changes in your week' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('saves the profile and the rebuilt week on confirm, and keeps both on the phone', async () => {
    const { update, saved } = renderIt();
    fireEvent.click(screen.getByRole('radio', { name: /^Full body/ }));
    for (const d of ['Tue', 'Thu']) fireEvent.click(screen.getByRole('checkbox', { name: d }));
    fireEvent.click(screen.getByRole('button', { name: 'See what changes' }));
    expect(screen.getByRole('region', { name: 'What changes in your week' }).textContent).toMatch(/Tuesday is no longer a training day/);
    fireEvent.click(screen.getByRole('button', { name: 'Rebuild my week' }));
    await waitFor(() => expect(saved).toHaveBeenCalledWith('Your week is rebuilt.'));
    expect(calls[0]).toMatchObject({ method: 'PUT', body: { split: 'full_body', days: ['mon', 'fri'] } });
    expect(calls[1]).toMatchObject({ method: 'POST' });
    expect(update).toHaveBeenCalled();
  });
});
