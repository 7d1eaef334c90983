// The ratings after a combo, a tap a question, each optional: the pump now,
// and since the last session of this movement, how the soreness healed and how
// the joints felt. They steer the training block (the Plan screen shows how).
import { useState } from 'preact/hooks';
import type { Feedback } from '../../../../src/engine/model.js';

type Question<K extends keyof Feedback> = { key: K; legend: string; options: [NonNullable<Feedback[K]>, string][] };

const QUESTIONS: [Question<'pump'>, Question<'soreness'>, Question<'joints'>] = [
  { key: 'pump', legend: 'Pump in the blade muscles now', options: [['none', 'None'], ['some', 'Some'], ['a_lot', 'A lot']] },
  { key: 'soreness', legend: 'Since your last session of this movement', options: [['never_sore', 'Never sore'], ['healed_early', 'Healed early'], ['just_in_time', 'Just in time'], ['still_sore', 'Still sore']] },
  { key: 'joints', legend: 'Your joints in this combo', options: [['none', 'Fine'], ['some', 'Some ache'], ['pain', 'Pain']] },
];

export function RateCombo({ movement, onRate }: { movement: string; onRate: (f: Feedback) => Promise<unknown> }) {
  const [given, setGiven] = useState<Feedback>({});
  const [saved, setSaved] = useState(false);
  const pick = (f: Feedback) => {
    setGiven(f);
    void onRate(f).then(() => setSaved(true));
  };
  return (
    <section class="rate-combo card" aria-labelledby="rate-h">
      <h2 id="rate-h">How was the {movement}?</h2>
      {QUESTIONS.map((q) => (
        <fieldset key={q.key} class="chips">
          <legend>{q.legend}</legend>
          {q.options.map(([value, label]) => (
            <button key={value} type="button" class="chip" aria-pressed={given[q.key] === value} onClick={() => pick({ ...given, [q.key]: value })}>
              {label}
            </button>
          ))}
        </fieldset>
      ))}
      <p class="muted" aria-live="polite">
        {saved ? 'Saved: next week’s rounds for this movement follow it.' : 'A tap each, or skip: they steer next week’s rounds.'}
      </p>
    </section>
  );
}
