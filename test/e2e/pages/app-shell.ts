// The frame around every screen once logged in: the tab bar, the sync
// indicator in the top bar, and the screen's heading.
import type { Locator, Page } from 'playwright-core';

export type Tab = 'Today' | 'Plan' | 'History' | 'Progress' | 'Settings';

export class AppShell {
  constructor(readonly page: Page) {}

  /** The screen's title (its one h1). */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The always-visible "All synced" / "Offline — 2 saved on this phone" line. */
  get syncStatus(): Locator {
    return this.page.getByRole('link', { name: /^Sync status/ });
  }

  /** Logged in and past set-up: the tab bar is there. */
  async waitUntilReady(timeout = 30_000): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout });
  }

  async open(tab: Tab): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab, exact: true }).click();
  }

  async waitForSync(text: string | RegExp, timeout = 30_000): Promise<void> {
    await this.syncStatus.filter({ hasText: text }).waitFor({ timeout });
  }
}
