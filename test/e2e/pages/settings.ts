// Settings: body, equipment, sync, account, and importing a workout file.
import type { Locator, Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  /** The file picker for an export from Strong, Hevy or FitNotes, if Settings offers one. */
  get importFile(): Locator {
    return this.page.getByLabel(/import|workout file|export file|csv/i).and(this.page.locator('input[type="file"]'));
  }

  get importProgress(): Locator {
    return this.page.getByRole('progressbar');
  }

  async hasImport(): Promise<boolean> {
    return (await this.importFile.count()) > 0;
  }

  async importCsv(path: string): Promise<void> {
    await this.importFile.setInputFiles(path);
    const start = this.page.getByRole('button', { name: /^Import/ });
    if (await start.isVisible()) await start.click();
  }
}
