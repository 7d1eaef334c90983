// Signing up and logging in, as a lifter does it on the first screen.
import type { Page } from 'playwright-core';

export class AuthPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('heading', { level: 1, name: /Create your account|Welcome back/ }).waitFor();
  }

  async signUp(email: string, password: string, name?: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    if (name) await this.page.getByLabel('Your name (optional)').fill(name);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  /** From "Create your account" to "Welcome back" (the button under the form). */
  async showLogIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log in' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
  }

  /** From "Welcome back" to "Create your account". */
  async showSignUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create an account' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  }

  /** The form's own message when the server refuses (a wrong password, say). */
  get refusal() {
    return this.page.getByRole('main').locator('.notice[data-tone="danger"]');
  }

  async logIn(email: string, password: string): Promise<void> {
    if (await this.page.getByRole('heading', { level: 1, name: 'Create your account' }).isVisible()) {
      await this.page.getByRole('button', { name: 'Log in' }).click();
    }
    await this.page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in' }).click();
  }
}
