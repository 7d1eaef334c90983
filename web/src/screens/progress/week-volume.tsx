// One week's hard sets: per blade movement on the radar, per muscle on the
// body map. This week first; the arrows step through the weeks with sets.
import { useState } from 'preact/hooks';
import { isoWeekKey } from '../../../../src/engine/analytics/dates.js';
import { MOVEMENTS } from '../../../../src/engine/catalog/movements.js';
import type { MovementId, MuscleId } from '../../../../src/engine/types.js';
import { localDate } from '../../lib/dates.js';
import { MuscleMap } from '../../pictures/muscle-map.js';
import { Radar } from '../../pictures/radar.js';
import { shortDate } from '../history/format.js';
import type { Analytics } from './use-analytics.js';

// Opposite movements face each other across the radar.
const AXIS_ORDER: MovementId[] = ['elevation', 'upward_rotation', 'protraction', 'depression', 'downward_rotation', 'retraction'];

export function WeekVolume({ analytics }: { analytics: Analytics }) {
  const thisWeek = isoWeekKey(analytics.asOf || localDate());
  const weeks = [...new Set([...analytics.weekly.map((w) => w.week), thisWeek])].filter((w) => w <= thisWeek).sort();
  const [index, setIndex] = useState(weeks.length - 1);
  const week = weeks[Math.min(index, weeks.length - 1)] ?? thisWeek;
  const data = analytics.weekly.find((w) => w.week === week);
  const named = week === thisWeek ? 'This week' : `Week of ${shortDate(week)}`;

  const axes = AXIS_ORDER.map((id) => ({ id, label: MOVEMENTS.find((m) => m.id === id)!.name, value: data?.movements[id]?.sets ?? 0 }));
  const volume: Partial<Record<MuscleId, number>> = {};
  if (data) for (const [id, v] of Object.entries(data.muscles)) volume[id as MuscleId] = v.sets;

  return (
    <>
      <div class="week-pick">
        <button type="button" class="btn" disabled={index <= 0} onClick={() => setIndex((i) => i - 1)} aria-label="Earlier week">
          ‹
        </button>
        <h3 aria-live="polite">{named}</h3>
        <button type="button" class="btn" disabled={index >= weeks.length - 1} onClick={() => setIndex((i) => i + 1)} aria-label="Later week">
          ›
        </button>
      </div>
      {!data && <p class="muted center">No rounds logged in this week yet.</p>}
      <h4>Hard sets per blade movement</h4>
      <Radar axes={axes} caption={`Hard sets per blade movement, ${named.toLowerCase()}`} unit="sets" unitOne="set" axisName="Movement" />
      <h4>Hard sets per muscle</h4>
      <MuscleMap volume={volume} label={`Hard sets per muscle, ${named.toLowerCase()}. Indirect work counts half.`} />
      <p class="muted center">Indirect work counts as half a set.</p>
    </>
  );
}
