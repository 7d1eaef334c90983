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
}
