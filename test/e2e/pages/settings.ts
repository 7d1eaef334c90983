// Settings: body, equipment, sync, account, and importing a workout file.
import type { Locator, Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  /** The file picker for an export from Strong, Hevy or FitNotes. */
  get importFile(): Locator {
    return this.page.getByLabel(/import|workout file|export file|csv/i).and(this.page.locator('input[type="file"]'));
  }

  /** The bar shown while the file goes up (then "Processing the file" while the server reads it). */
  get importProgress(): Locator {
    return this.page.getByRole('progressbar', { name: /^(Upload progress|Processing the file)$/ });
  }

  /** What the import did: "12 of 17 rows imported", "3 rows skipped", … */
  get importReport(): Locator {
    return this.page.getByRole('region', { name: 'Import finished' });
  }

  /**
   * Holds the server's answer to the next import until `release` is called,
   * so the screen stays in its "uploading" state long enough to look at.
   */
  async holdImportAnswer(): Promise<{ release: () => void }> {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await this.page.route(
      '**/api/v1/import?**',
      async (route) => {
        await held;
        await route.continue();
      },
      { times: 1 },
    );
    return { release };
  }

  async importCsv(path: string): Promise<void> {
    await this.importFile.setInputFiles(path);
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** "Your week and gym": picks a split and exactly these training days (Mon, Tue, …). */
  async setWeek(split: 'Full body' | 'Upper / lower' | 'Push / pull / legs', days: string[]): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Your week and gym' });
    await section.getByRole('radio', { name: new RegExp(`^${split.replace(/[/]/g, '\\/')}`) }).check();
    for (const d of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
      const box = section.getByRole('checkbox', { name: d, exact: true });
      if ((await box.isChecked()) !== days.includes(d)) await box.click();
    }
  }

  /** "Your week and gym": unticks pieces of equipment by their names. */
  async removeEquipment(names: RegExp[]): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Your week and gym' });
    const list = section.locator('details', { hasText: 'What you have' });
    if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
    for (const name of names) {
      const box = section.getByRole('checkbox', { name });
      if (await box.isChecked()) await box.click();
    }
  }

  /** "See what changes": the preview's lines. */
  async previewChanges(): Promise<string[]> {
    await this.page.getByRole('button', { name: 'See what changes' }).click();
    const preview = this.page.getByRole('region', { name: /^(What changes in your week|Your week stays as it is)$/ });
    await preview.waitFor();
    return preview.locator('.change-list li').allInnerTexts();
  }

  /** Confirms the preview and waits for the saved message. */
  async rebuildWeek(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Rebuild my week|Save)$/ }).click();
    await this.page.getByText(/^(Your week is rebuilt\.|Saved\. Your week stays as it was\.)$/).waitFor({ state: 'attached' });
  }

  /** Switches units, answering once what happens to the equipment, and saves. */
  async switchUnit(unit: 'kg' | 'lb', equipment: 'Keep my equipment' | 'The standard set'): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Units and bodyweight' });
    await section.getByRole('radio', { name: unit, exact: true }).check();
    await section.getByRole('radio', { name: equipment === 'The standard set' ? `The standard ${unit} set` : equipment }).check();
    await section.getByRole('button', { name: 'Save units and bodyweight' }).click();
    await this.page.getByText('Units and bodyweight saved.').waitFor({ state: 'attached' });
  }

  /** The sync card's first line. */
  syncLine(): Promise<string> {
    return this.page.getByRole('region', { name: 'Sync' }).locator('.card > p').first().innerText();
  }
}
