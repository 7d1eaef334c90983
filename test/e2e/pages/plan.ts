// The week plan: the training days, each a section named by its weekday.
import type { Locator, Page } from 'playwright-core';

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

export class PlanPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Week plan' }).waitFor();
    await this.days.first().waitFor();
  }

  /** The welcome note after set-up. */
  get ready(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Your week is ready' });
  }

  /** One section per training day. */
  get days(): Locator {
    return this.page.getByRole('region', { name: WEEKDAY });
  }
}
