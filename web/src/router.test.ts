import { describe, expect, it } from 'vitest';
import { matchPath, readLocation } from './router.js';

describe('the hash router', () => {
  it('reads the path and query from the hash', () => {
    const loc = readLocation('#/plan?welcome=1');
    expect(loc.path).toBe('/plan');
    expect(loc.query.get('welcome')).toBe('1');
    expect(readLocation('').path).toBe('/');
  });
  it('matches patterns with named segments', () => {
    expect(matchPath('/history/:sessionId', '/history/abc%20d')).toEqual({ sessionId: 'abc d' });
    expect(matchPath('/plan', '/plan/')).toEqual({});
    expect(matchPath('/plan', '/today')).toBeNull();
    expect(matchPath('/history/:id', '/history')).toBeNull();
  });
});
