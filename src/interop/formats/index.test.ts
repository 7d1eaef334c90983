import { describe, expect, it } from 'vitest';
import { isSessionSource } from '../../contract/sets.js';
import { IMPORT_FORMATS, IMPORT_FORMAT_IDS, appList, formatLabel, importFormat, isImportFormat, sourceLabel } from './index.js';

describe('the import format registry', () => {
  it('gives each format its own lowercase id and a well-formed source, one per app', () => {
    expect(new Set(IMPORT_FORMAT_IDS).size).toBe(IMPORT_FORMATS.length);
    for (const f of IMPORT_FORMATS) {
      expect(f.id, f.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(isSessionSource(f.source), f.source).toBe(true);
      expect(importFormat(f.id)).toBe(f);
      expect(isImportFormat(f.id)).toBe(true);
    }
    // An app's exports share its source and the marks quoted when no format fits.
    for (const app of new Set(IMPORT_FORMATS.map((f) => f.app))) {
      const same = IMPORT_FORMATS.filter((f) => f.app === app);
      expect(new Set(same.map((f) => f.source)).size, app).toBe(1);
      expect(new Set(same.map((f) => f.markedBy.join('|'))).size, app).toBe(1);
    }
    expect(isImportFormat('myfitnesspal')).toBe(false);
  });

  it('labels a format by its app, and by its variant when the app has several', () => {
    expect(formatLabel(importFormat('hevy'))).toBe('Hevy');
    expect(formatLabel(importFormat('strong-comma'))).toBe('Strong (commas, no unit)');
    expect(appList()).toMatch(/^Strong, Hevy\b.* or .+$/);
  });

  it('says where a session came from, and "Imported" for a source no format here writes', () => {
    expect(sourceLabel('app')).toBe('Logged in bladework');
    expect(sourceLabel('import:strong')).toBe('Imported from Strong');
    expect(sourceLabel('import:fitnotes')).toBe('Imported from FitNotes');
    expect(sourceLabel('import:json')).toBe('Imported');
    expect(sourceLabel('import:some-later-app')).toBe('Imported');
  });
});
