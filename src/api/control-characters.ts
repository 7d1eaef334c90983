// Control characters in text: refused at the one place JSON bodies are parsed,
// naming the field, so both backends store the same text. PostgreSQL cannot
// store NUL at all (SQLite can, so it must not take it either), and the other
// controls (bell, escape, backspace…) only ever come from a broken client or
// someone probing. Tab and line breaks are text and pass; single-line fields
// (names, labels) refuse those in their own schemas (contract/common.ts oneLine).
import { CONTROL_CHARACTER } from '../contract/limits.js';
import { ApiError } from './errors.js';


// JSON can carry C0 controls only escaped ("\u0001", "\b", "\f"); DEL and C1
// controls may come raw. A body matching none of these needs no walk (the hot
// path); one that matches is walked, and only a real control is refused.
const MAYBE_CONTROL = /\\u00[0-9a-fA-F]{2}|\\[bf]|[\u007F-\u009F]/;

/** Where in a parsed JSON value a string holds a control character ("name", "sessions[2].notes"), or null. */
export function controlAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlAt(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = controlAt(v, path ? `${path}.${k}` : k);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The 400 for a body whose text holds a control character, or null when it holds none. */
export function refuseControlCharacters(raw: string, parsed: unknown): ApiError | null {
  if (!MAYBE_CONTROL.test(raw)) return null;
  const at = controlAt(parsed);
  if (at === null) return null;
  return new ApiError('bad_request', 'Text may not contain control characters such as NUL (\\u0000); tab and line breaks are fine.', [
    { field: at, message: 'must not contain control characters such as NUL (tab and line breaks are fine)' },
  ]);
}
