import { describe, expect, it } from 'vitest';
import { derivedId } from './ids.js';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('derivedId', () => {
  it('is the name-based UUID of RFC 9562 (its version 5 example)', () => {
    expect(derivedId(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same namespace and name, whatever was asked in between', () => {
    const lifterA = '0193a7c2-1111-7222-8333-444455556666';
    const lifterB = '0193a7c2-9999-7222-8333-444455556666';
    const first = derivedId(lifterA, 'set:3');
    expect(derivedId(lifterB, 'set:3')).not.toBe(first);
    expect(derivedId(lifterA, 'set:3')).toBe(first);
    expect(derivedId(lifterA, 'set:4')).not.toBe(first);
    expect(derivedId(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('hashes names as UTF-8', () => {
    expect(derivedId(DNS, 'Überkopf-Shrug')).not.toBe(derivedId(DNS, 'Uberkopf-Shrug'));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => derivedId('not-a-uuid', 'x')).toThrow(/not a UUID/);
  });
});
