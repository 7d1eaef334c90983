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

  /** Picks another variant in the first combo that has one; answers the variant picked. */
  async swapFirstVariant(): Promise<string> {
    const pick = this.page.getByLabel('Variant', { exact: true }).first();
    const now = await pick.inputValue();
    const other = (await pick.locator('option').evaluateAll((os) => os.map((o) => [(o as unknown as { value: string }).value, o.textContent ?? '']))).find(([v]) => v !== now);
    if (!other) throw new Error('the first Variant picker offers no other variant');
    await pick.selectOption(other[0]!);
    return other[1]!;
  }

  /** Moves the first combo that can move to the first day offered; answers that day ("Friday"). */
  async moveFirstMovable(): Promise<string> {
    const pick = this.page.locator('select:not([disabled])').and(this.page.getByLabel('Day', { exact: true })).first();
    const to = pick.locator('option', { hasText: /^Move to / }).first();
    const label = (await to.textContent()) ?? '';
    await pick.selectOption({ label });
    return label.replace(/^Move to /, '');
  }

  /** Saves the edited week and waits for the screen to say so. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save week' }).click();
    await this.page.getByText('Your week is saved.').waitFor({ state: 'attached' });
  }
}
