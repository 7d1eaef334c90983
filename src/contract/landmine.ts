// The landmine press's resistance curve on the wire (GET /api/v1/landmine): the
// force at the hand along the press, plates alone and with a band, its key
// points, and the band from the lifter's equipment that suits the goal best.
import { z } from 'zod';
import { LANDMINE, MUST_BE_NUMBER, aboveMessage, belowMessage, type NumberRule } from './limits.js';

/** A number in a query string, refused with the same words as one in a body. */
function queryNumber(rule: NumberRule) {
  let n = z.coerce.number({ error: MUST_BE_NUMBER });
  if (rule.integer) n = n.int('must be a whole number');
  return n.min(rule.min, belowMessage(rule)).max(rule.max, aboveMessage(rule));
}

const anchor = z.enum(['under_knee', 'under_landmine'], { error: 'must be under_knee or under_landmine' });

export const landmineQuerySchema = z.strictObject({
  load: queryNumber(LANDMINE.load).describe('Plates on the sleeve, in your unit.'),
  band: queryNumber(LANDMINE.bandTension).optional().describe("A band's listed tension, in your unit; default: the band suggested from your equipment."),
  bandRest: queryNumber(LANDMINE.bandLength).optional().describe('With band: its length when just taut, metres (default 1.04, a common loop).'),
  bandStretch: queryNumber(LANDMINE.bandLength).optional().describe('With band: the stretch its tension is listed at, metres (default: its rest length).'),
  noBand: z.enum(['true', 'false'], { error: 'must be true or false' }).optional().describe('true: draw the plates alone, whatever is suggested.'),
  anchor: anchor.default('under_knee').describe('Where the band is pinned to the floor.'),
  goal: z.enum(['flatten', 'top'], { error: 'must be flatten or top' }).default('flatten').describe('What the suggestion aims for: an even press, or the most load at the shrug’s top.'),
  points: queryNumber(LANDMINE.points).optional().describe('Points along the press (default 21).'),
});

const point = z.object({
  position: z.number().describe('0 = bottom, 1 = lockout, above 1 = into the shrug’s reach.'),
  angleDeg: z.number(),
  landmine: z.number().describe('The plates’ part of the force across the bar at the hand.'),
  band: z.number(),
  combined: z.number(),
  bandStretch: z.number().describe('Metres past the band’s rest length.'),
});
const resistanceBand = z.object({ tension: z.number(), restLength: z.number().optional(), atStretch: z.number().optional() });

export const landmineSchema = z.object({
  unit: z.enum(['kg', 'lb']),
  load: z.number(),
  band: resistanceBand.extend({ anchor, anchorX: z.number().describe('Metres from the pivot along the floor.') }).nullable().describe('The band drawn; null for the plates alone.'),
  points: z.array(point),
  key: z.object({
    bottom: point,
    middle: point,
    lockout: point,
    shrugTop: point,
    flatness: z.number().describe('Hardest over easiest force along the press; 1 is even all the way.'),
    flatnessWithoutBand: z.number(),
    bandShareAtLockout: z.number().describe('The band’s part of the force at lockout, 0 to 1.'),
  }),
  suggestion: z.object({
    band: resistanceBand.nullable(),
    index: z.number().nullable().describe('Its place in your equipment’s resistanceBands.'),
    reason: z.string(),
  }),
});

export type LandmineQuery = z.infer<typeof landmineQuerySchema>;
export type LandmineAnswer = z.infer<typeof landmineSchema>;
