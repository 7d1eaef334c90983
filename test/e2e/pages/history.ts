// History: a windowed list of sessions, newest first; each combo round is an
// article with its numbers, each imported exercise a section with its sets.
import type { Locator, Page } from 'playwright-core';

export class HistoryPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Sessions' });
  }

  /** The sessions' date headings, as drawn (only those near the screen are in the page). */
  get sessionHeadings(): Locator {
    return this.list.getByRole('heading', { level: 2 });
  }

  /** The combo rounds drawn, each an article named "<combo> on <date>". */
  get comboRounds(): Locator {
    return this.list.getByRole('article');
  }

  /** The imported exercises drawn, each a section named by the exercise. */
  get importedExercises(): Locator {
    return this.list.getByRole('region');
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await this.sessionHeadings.first().waitFor();
  }

  /** The text of the round drawn for a combo, e.g. "100 kg × 8 @ RIR 2 … 100 kg × 6 shrug to failure". */
  roundText(comboName: string | RegExp): Promise<string[]> {
    return this.comboRounds.filter({ hasText: comboName }).allInnerTexts();
  }

  /** Opens "Correct a round" for the first round drawn of the combo. */
  async edit(comboName: string): Promise<void> {
    await this.comboRounds.filter({ hasText: comboName }).first().getByRole('button', { name: /^Edit / }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Correct a round' }).waitFor();
  }

  /** On "Correct a round": the shrug's reps field (the second "Reps", in the shrug's fieldset). */
  get shrugRepsField(): Locator {
    return this.page.getByRole('group').nth(1).getByLabel('Reps', { exact: true });
  }

  async saveEdit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  }

  /** Deletes the first round drawn of the combo (the server hears of it after the undo window). */
  async delete(comboName: string): Promise<void> {
    await this.comboRounds.filter({ hasText: comboName }).first().getByRole('button', { name: /^Delete / }).click();
  }

  /** The message above the tab bar ("… round deleted." with Undo, "Saved."). */
  get snackbar(): Locator {
    return this.page.locator('.snackbar[role="status"]');
  }

  async undo(): Promise<void> {
    await this.snackbar.getByRole('button', { name: /^Undo deleting/ }).click();
  }
}
