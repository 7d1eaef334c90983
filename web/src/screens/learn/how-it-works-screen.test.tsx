// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG, movement } from '../../../../src/engine/catalog/index.js';
import { MOVEMENT_IDS } from '../../../../src/engine/types.js';
import { HowItWorksScreen } from './how-it-works-screen.js';

describe('how it works', () => {
  afterEach(cleanup);

  it('shows all six movements as moving pictures and every combo of the catalog, each saying the shrug follows at once and goes to failure', () => {
    render(<HowItWorksScreen params={{}} query={new URLSearchParams()} />);
    const pictures = screen.getAllByRole('img');
    expect(pictures.map((p) => p.getAttribute('data-move'))).toEqual([...MOVEMENT_IDS]);
    for (const p of pictures) expect(p.querySelector('.blade-move')?.getAttribute('class')).toMatch(/move-/);
    for (const c of CATALOG.combos) {
      const item = document.getElementById(`learn-${c.id}`)!;
      expect(item.querySelector('h3')!.textContent).toBe(c.name);
      expect(item.textContent).toMatch(/at once/);
      expect(item.textContent).toMatch(/to failure/);
      expect(item.textContent).toContain(movement(c.movement).fullContraction);
    }
  });

  it('places the downward rotation squeeze down and in, at the bottom', () => {
    expect(movement('downward_rotation').fullContraction).toMatch(/^down and in/);
  });

  it('opens at the combo a link names', () => {
    const id = CATALOG.combos[3]!.id;
    render(<HowItWorksScreen params={{ comboId: id }} query={new URLSearchParams()} />);
    expect(document.activeElement?.id).toBe(`learn-${id}`);
  });
});
