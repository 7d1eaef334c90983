// @vitest-environment happy-dom
// Changing the password: short passwords are caught before sending, and the
// server's "does not match" shows under the current-password field.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordForm } from './password-form.js';

let sent: unknown[] = [];
beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { currentPassword: string };
    sent.push(body);
    if (body.currentPassword !== 'right-one') {
      return Response.json({ error: { code: 'bad_request', message: 'The current password is not right.', fields: [{ field: 'currentPassword', message: 'does not match' }] } }, { status: 400 });
    }
    return new Response(null, { status: 204 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const fill = (current: string, next: string) => {
  fireEvent.input(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.input(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
};

describe('change password', () => {
  it('asks for 8 characters before sending anything', () => {
    render(<PasswordForm />);
    fill('right-one', 'short');
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);
  });

  it('shows the server’s field error under the current password', async () => {
    render(<PasswordForm />);
    fill('wrong-one', 'a-new-password');
    expect(await screen.findByText('Your current password does not match.')).toBeTruthy();
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
  });

  it('says so when the password changed', async () => {
    render(<PasswordForm />);
    fill('right-one', 'a-new-password');
    expect(await screen.findByText(/^Password changed\./)).toBeTruthy();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });
});
