// @vitest-environment happy-dom
// Coaching from Settings: a bad invite code shows the server's 404 message
// under the field; a good one links the coach and lists them; a coach makes a
// code to copy and sees when it expires.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachSection } from './coach-section.js';

const coach = { linkId: '11111111-1111-4111-8111-111111111111', user: { id: 'c1', email: 'coach@example.com', displayName: 'Coach Kim', createdAt: '2026-01-01T00:00:00Z' }, acceptedAt: '2026-05-01T00:00:00Z' };
let coaches: (typeof coach)[] = [];
let calls: { method: string; url: string; body: unknown }[] = [];

beforeEach(() => {
  coaches = [];
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as { code?: string }) : undefined;
    calls.push({ method, url, body });
    if (url === '/api/v1/coach/coaches') return Response.json({ coaches });
    if (url === '/api/v1/coach/athletes') return Response.json({ athletes: [] });
    if (url === '/api/v1/coach/accept') {
      if (body?.code !== 'GOODCODE123') return Response.json({ error: { code: 'not_found', message: 'invite not found' } }, { status: 404 });
      coaches = [coach];
      return Response.json({ linkId: coach.linkId, coachId: 'c1', acceptedAt: coach.acceptedAt });
    }
    if (url === '/api/v1/coach/invites') return Response.json({ code: 'INVITE-XYZ-42', linkId: 'l2', expiresAt: '2026-05-10T12:00:00Z' }, { status: 201 });
    if (method === 'DELETE' && url === `/api/v1/coach/links/${coach.linkId}`) return new Response(null, { status: 204 });
    return new Response(null, { status: 404 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const enter = (code: string) => {
  fireEvent.input(screen.getByLabelText('Invite code'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Link my coach' }));
};

describe('coach links', () => {
  it('explains what a coach can see and do', () => {
    render(<CoachSection />);
    expect(screen.getByText(/can read your plan and your logged sessions, and can give you a new plan/).textContent).toContain('end the link at any time');
  });

  it('shows the server’s 404 message under the field for a bad code', async () => {
    render(<CoachSection />);
    enter('WRONGCODE99');
    await screen.findByText(/^Invite not found\./);
    const field = screen.getByLabelText('Invite code');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.some((t) => t.startsWith('Invite not found.'))).toBe(true);
  });

  it('links a coach with a good code, lists them, and ends the link', async () => {
    render(<CoachSection />);
    await screen.findByText('No coach is linked.');
    enter('GOODCODE123');
    await screen.findByText('Coach Kim');
    expect(calls.find((c) => c.url === '/api/v1/coach/accept')?.body).toEqual({ code: 'GOODCODE123' });
    fireEvent.click(screen.getByRole('button', { name: 'End coaching: Coach Kim' }));
    await waitFor(() => expect(screen.queryByText('Coach Kim')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('makes an invite code to copy, with its expiry', async () => {
    render(<CoachSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Make an invite code' }));
    const code = (await screen.findByLabelText('Code for your athlete')) as HTMLInputElement;
    expect(code.value).toBe('INVITE-XYZ-42');
    expect(screen.getByRole('button', { name: 'Copy code for your athlete' })).toBeTruthy();
    expect(screen.getByText(/^Works once, until /)).toBeTruthy();
  });
});
