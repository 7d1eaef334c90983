// A back view of the ribcage with both shoulder blades moving in one of the six
// directions. The dashed outline is where the blade starts, the solid one moves
// there and back (CSS keyframes in blade-movement.css); with reduced motion the
// solid blade rests at the end, so the picture becomes a still before/after.
import { useId } from 'preact/hooks';
import { movement } from '../../../src/engine/catalog/index.js';
import type { MovementId } from '../../../src/engine/types.js';
import './blade-movement.css';

// The viewer's right blade; the left one is its mirror image about the spine (x = 120).
const BLADE = 'M151 58 L183 53 Q195 56 192 67 L161 132 Q155 137 152 130 L147 66 Q147 59 151 58 Z';
const BLADE_SPINE = 'M149 76 L188 61';
const SOCKET = { cx: 194, cy: 61, r: 6 };

// One arrow per movement beside the right blade: where it goes (the rotations: where the socket turns).
const ARROWS: Record<MovementId, string> = {
  retraction: 'M228 100 H204 M211 93 L204 100 L211 107',
  protraction: 'M204 100 H228 M221 93 L228 100 L221 107',
  elevation: 'M216 118 V88 M209 95 L216 88 L223 95',
  depression: 'M216 88 V118 M209 111 L216 118 L223 111',
  upward_rotation: 'M210 84 Q226 64 210 40 M209 49 L210 40 L218 44',
  downward_rotation: 'M210 38 Q226 58 210 82 M209 73 L210 82 L218 78',
};

function Blade({ className }: { className: string }) {
  return (
    <g class={className}>
      <path d={BLADE} />
      <path d={BLADE_SPINE} class="blade-ridge" />
      <circle {...SOCKET} class="blade-socket" />
    </g>
  );
}

/** Both blades, the right one drawn, the left mirrored about the spine. */
function Pair({ className }: { className: string }) {
  return (
    <>
      <Blade className={className} />
      <g transform="translate(240 0) scale(-1 1)">
        <Blade className={className} />
      </g>
    </>
  );
}

export function BladeMovement({ move, size = 'large' }: { move: MovementId; size?: 'large' | 'small' }) {
  const id = useId();
  const m = movement(move);
  return (
    <svg class={`blade-picture blade-${size}`} data-move={move} viewBox="0 0 240 200" role="img" aria-labelledby={`${id}-t`}>
      <title id={`${id}-t`}>{`${m.name}: ${m.bladeAction.toLowerCase()}`}</title>
      <g class="torso" aria-hidden="true">
        <path d="M30 44 Q70 26 104 24 Q120 16 136 24 Q170 26 210 44" />
        <path d="M44 52 Q28 110 52 178 Q120 196 188 178 Q212 110 196 52 Q120 30 44 52 Z" />
        {[78, 102, 126, 150].map((y) => (
          <path key={y} class="rib" d={`M114 ${y} Q80 ${y - 6} 52 ${y + 14} M126 ${y} Q160 ${y - 6} 188 ${y + 14}`} />
        ))}
        <path class="spine" d="M120 20 V186" />
      </g>
      <g aria-hidden="true">
        <Pair className="blade-ghost" />
        <Pair className={`blade-move move-${move}`} />
        <path class="blade-arrow" d={ARROWS[move]} />
      </g>
    </svg>
  );
}
