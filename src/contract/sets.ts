// The kinds of set and of session the app stores and the export document
// carries. No zod: the store and the web read them as they are.
import type { PlainSetKind } from '../engine/model.js';

/** ramp, compound and shrug sets belong to combo rounds; the others stand alone (imported or accessory work). */
export type SetKind = 'ramp' | 'compound' | 'shrug' | PlainSetKind;
export const SET_KINDS: readonly SetKind[] = ['ramp', 'compound', 'shrug', 'warmup', 'normal', 'failure', 'dropset'];
export const PLAIN_SET_KINDS: readonly PlainSetKind[] = ['warmup', 'normal', 'failure', 'dropset'];

/**
 * Where a session came from: logged in the app, or imported, from another
 * app's file (import:strong, import:hevy…: each import format in
 * src/interop/formats names its own) or from an export document (import:json).
 * No list here: the store keeps whatever well-formed source it is given.
 */
export type SessionSource = 'app' | 'import:json' | `import:${string}`;

/** A well-formed source: `app`, or `import:` and a lowercase id. */
export const SESSION_SOURCE_PATTERN = /^(?:app|import:[a-z][a-z0-9-]{0,39})$/;

export function isSessionSource(text: string): text is SessionSource {
  return SESSION_SOURCE_PATTERN.test(text);
}
