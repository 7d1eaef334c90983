// @vitest-environment happy-dom
// The landmine press's resistance along the way, on the runner: drawn when
// opened, said in words (checked against the engine's hand-checked model),
// with the band from the lifter's that evens the press out most.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANDMINE_DEFAULTS, landmineCurve } from '../../../../src/engine/loads/landmine-curve.js';
import { drawnInto } from '../progress/fake-uplot.js';
import { curveWords, LandmineCurveCard } from './landmine-curve-card.js';

vi.mock('uplot', () => import('../progress/fake-uplot.js'));

afterEach(cleanup);
beforeEach(() => {
  drawnInto.length = 0;
});

const open = () => {
  const d = document.querySelector('details.curve-card') as HTMLDetailsElement;
  d.open = true;
  d.dispatchEvent(new Event('toggle'));
};

describe('the landmine curve card', () => {
  it('says the plates alone make the bottom the hard part, and draws the curve once opened', async () => {
    render(<LandmineCurveCard load={20} unit="kg" bands={[]} chosen={undefined} onChoose={vi.fn()} />);
    const plates = landmineCurve({ unit: 'kg', load: 20, ...LANDMINE_DEFAULTS });
    // cos 35° / cos 60° = 1.64: the bottom is the hardest point, lockout the easiest.
    expect(plates.flatness).toBeCloseTo(Math.cos((35 * Math.PI) / 180) / Math.cos((60 * Math.PI) / 180), 2);
    expect(document.querySelector('.curve-words')!.textContent).toBe(curveWords(plates, false));
    expect(document.querySelector('.curve-words')!.textContent).toMatch(/the hardest point is 1\.64× the easiest\.$/);
    expect(screen.getByText(/Add your resistance bands in Settings/)).toBeTruthy();
    expect(drawnInto).toHaveLength(0);
    open();
    await waitFor(() => expect(drawnInto).toHaveLength(1));
  });

  it('suggests the band that evens the press out most, and takes it at a tap', () => {
    const onChoose = vi.fn();
    render(<LandmineCurveCard load={20} unit="kg" bands={[{ tension: 5 }, { tension: 15 }, { tension: 60 }]} chosen={undefined} onChoose={onChoose} />);
    expect(document.querySelector('.curve-suggestion')!.textContent).toMatch(/band evens the press out most/);
    fireEvent.click(screen.getByRole('button', { name: /^Use the \d+ kg band$/ }));
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose.mock.calls[0]![0]).toMatchObject({ anchor: 'under_knee' });
  });

  it('with a band chosen, says what it adds at lockout and at the top of the shrug', () => {
    render(<LandmineCurveCard load={20} unit="kg" bands={[{ tension: 15 }]} chosen={{ tension: 15, anchor: 'under_knee' }} onChoose={vi.fn()} />);
    const words = document.querySelector('.curve-words')!.textContent!;
    expect(words).toMatch(/The band adds [\d.]+ kg at lockout and [\d.]+ kg at the top of the shrug\.$/);
    expect(screen.getByText(/Plates and the 15 kg band/)).toBeTruthy();
  });
});
