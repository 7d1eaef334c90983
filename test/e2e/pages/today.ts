// The Today tab's session runner, step by step as the lifter taps through it:
// overview → warm-up drills → ramp-up → compound → shrug → rest → … →
// what comes next time.
import type { Locator, Page } from 'playwright-core';
import { waitInPage } from '../../support/browser.js';

export type RunnerStep = 'overview' | 'rest-day' | 'warmup' | 'ramp' | 'compound' | 'shrug' | 'rest' | 'prescription' | 'summary';

/** One round as the prescription screen lists it. */
export interface LoggedRound {
  round: number;
  load: number;
  reps: number;
  rir: number;
  shrugReps: number;
  toFailure: boolean;
}

export class TodayPage {
  constructor(readonly page: Page) {}

  private button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  private h1(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  }

  /** The step on screen, told by what it offers (the warm-up's title is the drill's name). */
  async step(): Promise<RunnerStep> {
    const probes: [RunnerStep, Locator][] = [
      ['overview', this.page.locator('.day-list')],
      ['rest-day', this.h1('Rest day')],
      ['warmup', this.button('Skip the rest of the warm-up')],
      ['ramp', this.h1('Work up')],
      ['shrug', this.h1('Shrug now')],
      ['rest', this.h1('Rest')],
      ['compound', this.page.getByRole('group', { name: 'Reps left' })],
      // "Finish the session" is on the day's list too, once something is logged: only without the list is it the prescription's.
      ['prescription', this.page.locator('main:not(:has(.day-list))').getByRole('button', { name: /^(Next combo|Finish the session)$/ })],
      ['summary', this.h1('Session done')],
    ];
    await this.h1(/./).waitFor();
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const [step, probe] of probes) if (await probe.isVisible()) return step;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`no runner step recognised; heading: ${await this.h1(/./).textContent()}`);
  }

  /** Waits (the screen may still be changing after a tap) until the runner is at one of `steps`. */
  async waitForStep(...steps: RunnerStep[]): Promise<RunnerStep> {
    let now = await this.step();
    for (let waited = 0; !steps.includes(now) && waited < 5000; waited += 100) {
      await this.page.waitForTimeout(100);
      now = await this.step();
    }
    if (!steps.includes(now)) throw new Error(`expected the runner at "${steps.join('" or "')}", it is at "${now}"`);
    return now;
  }

  async expectStep(step: RunnerStep): Promise<void> {
    await this.waitForStep(step);
  }

  /** The session's overview; on a rest day, the next training day's ("Do <day>'s session now"). */
  async openSession(): Promise<void> {
    if ((await this.step()) === 'rest-day') await this.button(/^Do .* session now$/).click();
    await this.button('Start').waitFor();
  }

  async start(): Promise<void> {
    await this.openSession();
    await this.button('Start').click();
  }

  /** The combo names listed on the overview (own lifts and added exercises left out). */
  comboNames(): Promise<string[]> {
    return this.page.getByRole('main').locator('[data-kind="combo"]').getByRole('heading', { level: 2 }).allTextContents();
  }

  /** Every item of the day's list, in order: own lifts, combos, added exercises. */
  dayItems(): Promise<string[]> {
    return this.page.getByRole('main').locator('.day-item').getByRole('heading', { level: 2 }).allTextContents();
  }

  /** The card of one item of the day's list. */
  item(name: string): Locator {
    return this.page.getByRole('main').locator('.day-item').filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  /** Logs one set of an own lift or added exercise from its card; waits until it is listed. */
  async logSet(name: string, set: { load: number; reps: number; kind?: 'Normal' | 'Warm-up' | 'To failure' | 'Drop set' }): Promise<void> {
    const card = this.item(name);
    const before = await card.locator('.set-lines li').count();
    if (set.kind) await card.getByLabel('Kind of set').selectOption({ label: set.kind });
    await card.getByRole('textbox', { name: /^(Load|Added load)/ }).fill(String(set.load));
    const reps = card.getByRole('group', { name: 'Reps' });
    for (let i = 0; i < 200; i++) {
      const now = Number(await reps.locator('output').innerText());
      if (now === set.reps) break;
      await reps.getByRole('button', { name: now < set.reps ? 'Reps: one more' : 'Reps: one less' }).click();
    }
    await card.getByRole('button', { name: 'Save set' }).click();
    await card.locator('.set-lines li').nth(before).waitFor();
  }

  /** Today's set lines of an item ("Set 1: 60 kg × 8 · on this phone"). */
  setLines(name: string): Promise<string[]> {
    return this.item(name).locator('.set-lines li').allInnerTexts();
  }

  /** Adds an exercise to today's list by (part of) its name. */
  async addExercise(search: string, name: string): Promise<void> {
    await this.button('Add an exercise').click();
    await this.page.getByLabel('Find an exercise').fill(search);
    await this.button(`Add ${name}`).click();
    await this.item(name).waitFor();
  }

  /** Whether a combo's card says it is done today. */
  async comboDone(name: string): Promise<boolean> {
    return (await this.item(name).getAttribute('data-done')) === 'true';
  }

  /** "Finish" on the day's list: the session's summary. */
  async finishSession(): Promise<void> {
    await this.button('Finish').click();
    await this.h1('Session done').waitFor();
  }

  async backToList(): Promise<void> {
    await this.button('Back to the list').click();
  }

  /** The summary's whole-session line: "5 rounds · 4 other sets · volume 4,210 kg". */
  totalsLine(): Promise<string> {
    return this.page.locator('.session-totals').innerText();
  }

  async warmupNext(): Promise<void> {
    await this.button(/^(Next drill|Warm-up done)$/).click();
  }

  async skipWarmup(): Promise<void> {
    await this.button('Skip the rest of the warm-up').click();
  }

  /** Ticks every ramp-up set, then on to the work set. */
  async rampUp(): Promise<number> {
    const sets = this.page.getByRole('checkbox');
    const n = await sets.count();
    for (let i = 0; i < n; i++) await sets.nth(i).check();
    await this.button(/^(On to the work set|Skip to the work set)$/).click();
    return n;
  }

  /** Turns the compound into a calibration set and logs failure `moreReps` past the suggested count. */
  async calibrationSet(moreReps: number, beforeDone?: () => Promise<unknown>): Promise<void> {
    await this.button('Make this a calibration set').click();
    const failure = this.page.getByRole('group', { name: 'Reps at failure' });
    await failure.waitFor();
    for (let i = 0; i < moreReps; i++) await failure.getByRole('button', { name: 'Reps at failure: one more' }).click();
    await beforeDone?.();
    await this.button('Done, to failure').click();
  }

  async compoundAsSuggested(): Promise<void> {
    await this.button('Done as suggested').click();
  }

  /** Taps the big counter `n` times; the counter's number is read back. */
  async tapReps(n: number): Promise<void> {
    const area = this.page.getByRole('button', { name: 'Count a rep' });
    for (let i = 0; i < n; i++) await area.click();
  }

  async shrugCount(): Promise<number> {
    // The big number leads the button's text ("5 Count a rep …"); its name is the words.
    const text = await this.page.getByRole('button', { name: 'Count a rep' }).innerText();
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }

  /** The warning that appears while the shrug waits too long after the compound ("past 5 s, start now"). */
  get lateShrugWarning(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /past \d+ s, start now/ });
  }

  /** The clock line on the shrug step, e.g. "7 s since the compound". */
  async secondsSinceCompound(): Promise<number> {
    const text = await this.page.getByText(/\d+ s since the compound|Started \d+ s after the compound/).first().innerText();
    return Number(/(\d+) s/.exec(text)?.[1] ?? NaN);
  }

  async reachedFailure(): Promise<void> {
    await this.button('Reached failure').click();
  }

  /**
   * Taps "Reached failure" (the tap that logs the round) and reports whether the
   * screen changed before the browser's next frame: a MutationObserver stamps the
   * first DOM change, a requestAnimationFrame queued at the tap stamps the frame.
   */
  async reachedFailureWithinOneFrame(): Promise<{ changedBeforeNextFrame: boolean; msToChange: number }> {
    // A string, not a function: the test tsconfig has no DOM types.
    await this.page.evaluate(`(() => {
      const t = (window.__tap = { click: 0, changed: 0, frame: 0 });
      document.addEventListener('click', (e) => {
        if (!e.target.closest('button') || !e.target.closest('button').textContent.includes('Reached failure')) return;
        t.click = performance.now();
        const mo = new MutationObserver(() => { if (!t.changed) t.changed = performance.now(); mo.disconnect(); });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        requestAnimationFrame(() => { t.frame = performance.now(); });
      }, { capture: true, once: true });
    })()`);
    await this.button('Reached failure').click();
    await waitInPage(this.page, 'window.__tap.frame > 0');
    const t = (await this.page.evaluate('window.__tap')) as { click: number; changed: number; frame: number };
    return { changedBeforeNextFrame: t.changed > 0 && t.changed <= t.frame, msToChange: t.changed - t.click };
  }

  async skipRest(): Promise<void> {
    await this.button('Skip rest').click();
  }

  /** The rounds listed under "Today" after a combo. */
  async roundsListed(): Promise<LoggedRound[]> {
    const lines = await this.page.getByRole('listitem').filter({ hasText: /^Round \d+:/ }).allInnerTexts();
    return lines.map((line) => {
      const m = /Round (\d+):\s*(?:bodyweight\s*)?([+−-]?\s*[\d.]+)?\s*(?:kg|lb)?\s*× (\d+), (\d+) left → shrug (\d+) (to failure|\(stopped short\))/.exec(line);
      if (!m) throw new Error(`round line not understood: ${line}`);
      return {
        round: Number(m[1]),
        load: Number((m[2] ?? '0').replace(/\s|\+/g, '').replace('−', '-')),
        reps: Number(m[3]),
        rir: Number(m[4]),
        shrugReps: Number(m[5]),
        toFailure: m[6] === 'to failure',
      };
    });
  }

  /** The prescription's headline ("Heavier next time", …). */
  headline(): Promise<string> {
    return this.h1(/./).innerText();
  }

  /** The summary's line: "4 rounds · 18 shrug reps · 4 of 4 shrugs to failure". */
  summaryIntro(): Promise<string> {
    return this.page.getByRole('heading', { level: 1, name: 'Session done' }).locator('xpath=following-sibling::p').innerText();
  }

  async nextCombo(): Promise<void> {
    await this.button(/^(Next combo|Finish the session)$/).click();
  }
}
