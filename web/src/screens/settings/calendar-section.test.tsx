// @vitest-environment happy-dom
// The calendar link: made on demand as a personal token, shown as the feed URL
// with a copy button and the warning that the link shows the plan; the token
// list reloads with the new one and revokes.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarSection } from './calendar-section.js';

const SECRET = 'bw_secret123';
const made = { id: 'a'.repeat(64), name: 'Calendar', createdAt: '2026-05-03T10:00:00.000Z', lastUsedAt: null };
let tokens: (typeof made)[] = [];
let calls: { method: string; url: string; body: unknown }[] = [];

beforeEach(() => {
  tokens = [];
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (method === 'GET' && url === '/api/v1/tokens') return Response.json({ tokens });
    if (method === 'POST' && url === '/api/v1/tokens') {
      tokens = [made];
      return Response.json({ token: SECRET, id: made.id, name: 'Calendar' }, { status: 201 });
    }
    if (method === 'DELETE' && url === `/api/v1/tokens/${made.id}`) return new Response(null, { status: 204 });
    return new Response(null, { status: 404 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('calendar link', () => {
  it('makes a token named Calendar and shows the feed URL to copy, with the warning', async () => {
    render(<CalendarSection />);
    await screen.findByText('None yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Make a calendar link' }));
    const field = (await screen.findByRole('textbox', { name: 'Calendar link' })) as HTMLInputElement;
    expect(field.value).toBe(`${location.origin}/api/v1/calendar.ics?token=${SECRET}&weeks=8`);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Calendar' });
    expect(screen.getByRole('button', { name: 'Copy calendar link' })).toBeTruthy();
    expect(screen.getByText(/Anyone with this link can see your plan/)).toBeTruthy();
    // The list now holds the new token.
    await screen.findByText('Calendar');
  });

  it('copies the link to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<CalendarSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make a calendar link' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy calendar link' }));
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/api/v1/calendar.ics?token=${SECRET}&weeks=8`);
  });

  it('revokes a token from the list', async () => {
    tokens = [made];
    render(<CalendarSection />);
    fireEvent.click(await screen.findByRole('button', { name: /^Revoke Calendar link/ }));
    await waitFor(() => expect(screen.getByText('None yet.')).toBeTruthy());
    expect(calls.some((c) => c.method === 'DELETE' && c.url === `/api/v1/tokens/${made.id}`)).toBe(true);
  });
});
