// The frame around every screen once logged in: the tab bar, the sync
// indicator in the top bar, and the screen's heading.
import type { Locator, Page } from 'playwright-core';
import { waitInPage } from '../../support/browser.js';

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

  /**
   * Taps the tab and waits for the address to follow. On a loaded CI machine
   * (every browser file at once on 2 cores) a tap that lands while the screen
   * re-renders can be lost before it reaches the link, so a tap that moved
   * nothing is made again; whether the screen then shows is the caller's check.
   */
  async open(tab: Tab): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab, exact: true });
    const href = await link.getAttribute('href');
    for (let attempt = 1; ; attempt++) {
      await link.click();
      if (!href) return;
      try {
        await waitInPage(this.page, `location.hash === ${JSON.stringify(href)}`, 5_000);
        return;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
  }

  async waitForSync(text: string | RegExp, timeout = 30_000): Promise<void> {
    await this.syncStatus.filter({ hasText: text }).waitFor({ timeout });
  }
}
