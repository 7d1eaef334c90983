// The band on the half-kneeling landmine press: none, or one of the lifter's
// resistance bands, anchored under the down knee or under the landmine. What
// it adds at lockout is said as it is picked, and logged with the round.
import { loggedBand } from '../../../../src/engine/loads/landmine-band.js';
import type { BandAnchor } from '../../../../src/engine/loads/landmine-curve.js';
import type { ResistanceBand } from '../../../../src/engine/model.js';
import type { Unit } from '../../../../src/engine/types.js';
import { formatLoad } from '../../../../src/engine/units.js';
import type { BandChoice } from './runner-state.js';
import { RadioCards, type Option } from '../../ui/choices.js';

interface BandPickerProps {
  bands: readonly ResistanceBand[];
  chosen: BandChoice | undefined;
  load: number;
  unit: Unit;
  onChoose: (band: BandChoice | null) => void;
}

const ANCHORS: Option<BandAnchor>[] = [
  { value: 'under_knee', label: 'Under your knee', hint: 'Slack at the bottom, most at the top' },
  { value: 'under_landmine', label: 'Under the landmine' },
];

const sameBand = (a: ResistanceBand, b: ResistanceBand) => a.tension === b.tension && a.restLength === b.restLength && a.atStretch === b.atStretch;

export function BandPicker({ bands, chosen, load, unit, onChoose }: BandPickerProps) {
  const anchor = chosen?.anchor ?? 'under_knee';
  const added = chosen ? loggedBand(chosen, load, unit).atLockout : 0;
  const picked = chosen ? String(bands.findIndex((b) => sameBand(chosen, b))) : 'none';
  return (
    <details class="band-picker" open={chosen !== undefined}>
      <summary>{chosen ? `With the ${formatLoad(chosen.tension, unit)} band` : 'Pressing with a band?'}</summary>
      <p class="muted">The landmine gets lighter as the bar rises; a band anchored below puts load back at the top and into the shrug.</p>
      <RadioCards
        legend="Band"
        compact
        options={[{ value: 'none', label: 'No band' }, ...bands.map((b, i) => ({ value: String(i), label: `${formatLoad(b.tension, unit)} band` }))]}
        value={picked}
        onChange={(v) => onChoose(v === 'none' ? null : { ...bands[Number(v)]!, anchor })}
      />
      {chosen && (
        <>
          <RadioCards legend="Anchored" compact options={ANCHORS} value={anchor} onChange={(a) => onChoose({ ...chosen, anchor: a })} />
          <p class="band-added" role="status">Adds about {formatLoad(Math.round(added * 10) / 10, unit)} at lockout, on top of the plates.</p>
        </>
      )}
    </details>
  );
}
