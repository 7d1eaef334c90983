// One wording for a load everywhere: band help is "bodyweight − 20 kg band", never a negative load.
import { describe, expect, it } from 'vitest';
import { loadText } from './load-text.js';

describe('loadText', () => {
  it('says band help and added weight on a bodyweight lift in words', () => {
    expect(loadText(-20, 'kg', true)).toBe('bodyweight − 20 kg band');
    expect(loadText(-45, 'lb', true)).toBe('bodyweight − 45 lb band');
    expect(loadText(10, 'kg', true)).toBe('bodyweight + 10 kg');
    expect(loadText(0, 'kg', true)).toBe('bodyweight');
  });
  it('says a loaded lift as its load', () => {
    expect(loadText(142.5, 'kg', false)).toBe('142.5 kg');
  });
});
