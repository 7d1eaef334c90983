// Setting up, one question per screen: units and bodyweight, experience, the
// week, the gym; the last button builds the week plan.
import type { Page } from 'playwright-core';

export type Level = 'Beginner' | 'Intermediate' | 'Advanced';
export type SplitName = 'Full body' | 'Upper / lower' | 'Push / pull / legs';
export type Gym = 'A commercial gym' | 'A home or garage gym';

const DAY_LABEL: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const startsWith = (s: string) => new RegExp(`^${s.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')}`);

export class OnboardingPage {
  constructor(readonly page: Page) {}

  private async onStep(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  private next(): Promise<void> {
    return this.page.getByRole('button', { name: 'Next' }).click();
  }

  async aboutYou(unit: 'kg' | 'lb', bodyweight: number): Promise<void> {
    await this.onStep('About you');
    await this.page.getByRole('radio', { name: unit, exact: true }).check();
    await this.page.getByLabel(`Bodyweight (${unit})`).fill(String(bodyweight));
  }

  async toExperience(): Promise<void> {
    await this.next();
    await this.onStep('Your experience');
  }

  async experience(level: Level): Promise<void> {
    await this.page.getByRole('radio', { name: startsWith(level) }).check();
  }

  async toWeek(): Promise<void> {
    await this.next();
    await this.onStep('Your week');
  }

  async week(split: SplitName, days: string[]): Promise<void> {
    await this.page.getByRole('radio', { name: startsWith(split) }).check();
    for (const d of days) await this.page.getByRole('checkbox', { name: DAY_LABEL[d] ?? d, exact: true }).check();
  }

  async toGym(): Promise<void> {
    await this.next();
    await this.onStep('Your gym');
  }

  async gym(preset: Gym): Promise<void> {
    await this.page.getByRole('radio', { name: startsWith(preset) }).check();
  }

  async buildMyWeek(): Promise<void> {
    await this.page.getByRole('button', { name: 'Build my week' }).click();
  }
}
