// One week's hard sets: per blade movement on the radar, per muscle on the
// body map. This week first; the arrows step through the weeks with sets.
import { useEffect, useState } from 'preact/hooks';
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

interface Props {
  analytics: Analytics;
  /** Asks for the whole log's weeks (the screen holds the last year's until then). */
  onShowAll: () => void;
}

export function WeekVolume({ analytics, onShowAll }: Props) {
  const thisWeek = isoWeekKey(analytics.asOf || localDate());
  const weeks = [...new Set([...analytics.weekly.map((w) => w.week), thisWeek])].filter((w) => w <= thisWeek).sort();
  // The week by its key, so it stays put when earlier weeks arrive.
  const [picked, setPicked] = useState(thisWeek);
  const [stepBack, setStepBack] = useState(false);
  const index = Math.max(0, weeks.indexOf(picked));
  const week = weeks[index] ?? thisWeek;
  // Only the last year's weeks here: a step back from the first of them fetches the rest.
  const more = analytics.from !== undefined;
  const earlier = () => {
    if (index > 0) setPicked(weeks[index - 1]!);
    else if (more) {
      setStepBack(true);
      onShowAll();
    }
  };
  useEffect(() => {
    if (stepBack && !more) {
      setStepBack(false);
      const i = weeks.indexOf(week);
      if (i > 0) setPicked(weeks[i - 1]!);
    }
    // Runs when the whole log arrives; weeks and week are read as they are then.
  }, [stepBack, more]);
  const data = analytics.weekly.find((w) => w.week === week);
  const named = week === thisWeek ? 'This week' : `Week of ${shortDate(week)}`;

  const axes = AXIS_ORDER.map((id) => ({ id, label: MOVEMENTS.find((m) => m.id === id)!.name, value: data?.movements[id]?.sets ?? 0 }));
  const volume: Partial<Record<MuscleId, number>> = {};
  if (data) for (const [id, v] of Object.entries(data.muscles)) volume[id as MuscleId] = v.sets;

  return (
    <>
      <div class="week-pick">
        <button type="button" class="btn" disabled={index <= 0 && !more} onClick={earlier} aria-label="Earlier week">
          ‹
        </button>
        <h3 aria-live="polite">{named}</h3>
        <button type="button" class="btn" disabled={index >= weeks.length - 1} onClick={() => setPicked(weeks[index + 1]!)} aria-label="Later week">
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
