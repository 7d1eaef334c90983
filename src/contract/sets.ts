// The kinds of set and of session the app stores and the export document
// carries. No zod: the store and the web read them as they are.
import type { PlainSetKind } from '../engine/model.js';

/** ramp, compound and shrug sets belong to combo rounds; the others stand alone (imported or accessory work). */
export type SetKind = 'ramp' | 'compound' | 'shrug' | PlainSetKind;
export const SET_KINDS: readonly SetKind[] = ['ramp', 'compound', 'shrug', 'warmup', 'normal', 'failure', 'dropset'];
export const PLAIN_SET_KINDS: readonly PlainSetKind[] = ['warmup', 'normal', 'failure', 'dropset'];

/** Where a session came from: logged in the app, or imported (from another app's file or an export document). */
export type SessionSource = 'app' | 'import:strong' | 'import:hevy' | 'import:fitnotes' | 'import:json';
export const SESSION_SOURCES: readonly SessionSource[] = ['app', 'import:strong', 'import:hevy', 'import:fitnotes', 'import:json'];
