// How it works: the system in a few minutes of reading, for a lifter on the
// gym floor. The six blade movements with pictures in which the blades move
// (still, start and end, with reduced motion), why each part of a combo is
// the way it is, and what each combo trains — the combos listed from the
// catalog, so the page and the engine never disagree. #/learn/<comboId>
// opens at that combo.
import { useEffect } from 'preact/hooks';
import { CATALOG, findExercise, movement, muscle } from '../../../../src/engine/catalog/index.js';
import { MOVEMENT_IDS, type MovementId } from '../../../../src/engine/types.js';
import { BladeMovement } from '../../pictures/blade-movement.js';
import type { ScreenProps } from '../../routes.js';
import { Screen } from '../../ui/screen.js';
import './learn.css';


/** "the blades rise." → "The blades rise." */
const sentence = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1).replace(/\.?$/, '.')}`;

const names = (ids: string[]) => ids.map((id) => muscle(id as never).name.toLowerCase()).join(', ');

export function HowItWorksScreen({ params }: ScreenProps) {
  const target = params['comboId'];
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(`learn-${target}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus();
  }, [target]);
  return (
    <Screen title="How it works" intro="Post-exhaustion for the shoulder blades, in five minutes.">
      <section class="card learn" aria-labelledby="learn-idea">
        <h2 id="learn-idea">The idea</h2>
        <p>
          The muscles that move your shoulder blades are strong and well placed, so in presses, rows and pull-ups something else almost always gives out
          first. They get worked, but rarely to their limit.
        </p>
        <p>
          Each combo fixes that in two parts: a <strong>compound lift</strong> you stop with 2-3 reps still in you, then <strong>at once</strong> a{' '}
          <strong>shrug</strong> — the blades moving on their own in one direction — taken all the way to failure.
        </p>
      </section>

      <section class="card learn" aria-labelledby="learn-why">
        <h2 id="learn-why">Why each part is the way it is</h2>
        <h3>The compound first, 2-3 reps short</h3>
        <p>
          The compound is the harder lift to do well, so you do it fresh and your form holds. Stopping 2-3 reps before failure tires the blade muscles
          without the extra fatigue of a grinding last rep, which would only take away from the shrug.
        </p>
        <h3>The shrug at once, no rest</h3>
        <p>
          Every second of rest lets the blade muscles recover and the blood the compound pumped into them drain away. Rack the bar or change your grip and go:
          within 5 seconds, with the same bar, dumbbells or body.
        </p>
        <h3>The shrug to failure, with a pause at full contraction</h3>
        <p>
          The shrug is where the blade muscles are meant to give out, and a set taken to failure gets them there every time. Hold each rep for a moment
          where the muscle is shortest (below, for each movement), then lower under control. A rep target is a number to beat on the way to failure,
          never a place to stop.
        </p>
        <h3>Can you feel each movement?</h3>
        <p>
          It is an advanced technique: a shrug only works when you can move your blades in each of the six directions on purpose, without your arms or your
          back doing it. The warm-up drills practise exactly that, and beginners get drill weeks first.
        </p>
      </section>

      <section class="learn-moves" aria-labelledby="learn-moves-h">
        <h2 id="learn-moves-h">The six blade movements</h2>
        <ul class="learn-grid">
          {MOVEMENT_IDS.map((id) => {
            const m = movement(id);
            return (
              <li class="card learn-move" key={id} id={`learn-move-${id}`}>
                <BladeMovement move={id} />
                <h3>{m.name}</h3>
                <p>{sentence(m.bladeAction)}</p>
                <p class="muted">Squeeze: {m.fullContraction}. Worked by {names(m.primeMovers)}.</p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="learn-combos-h">
        <h2 id="learn-combos-h">The combos</h2>
        <ol class="learn-combos">
          {CATALOG.combos.map((c) => (
            <li class="card learn" key={c.id} id={`learn-${c.id}`} tabIndex={-1}>
              <h3>{c.name}</h3>
              <p>
                <strong>Trains {movement(c.movement).name.toLowerCase()}</strong>: {movement(c.movement).bladeAction.replace(/\.$/, '')}.
              </p>
              <p>
                {c.compounds.map((id, i) => (i === 0 ? (findExercise(id)?.name ?? id) : (findExercise(id)?.name.toLowerCase() ?? id))).join(' or ')}, {c.repRange.min}-{c.repRange.max} reps stopped {c.targetRir.min}-{c.targetRir.max}{' '}
                short of failure, then at once the {findExercise(c.shrug)?.name.toLowerCase() ?? 'shrug'} to failure, holding each rep {c.shrugPauseSeconds} s at
                the squeeze ({movement(c.movement).fullContraction}).
              </p>
            </li>
          ))}
        </ol>
      </section>
    </Screen>
  );
}
