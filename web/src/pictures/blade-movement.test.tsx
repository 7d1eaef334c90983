// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { movement } from '../../../src/engine/catalog/index.js';
import { MOVEMENT_IDS } from '../../../src/engine/types.js';
import { BladeMovement } from './blade-movement.js';

describe('blade movement picture', () => {
  afterEach(cleanup);

  it.each(MOVEMENT_IDS)('draws %s as a titled picture with its own animation', (id) => {
    const { container } = render(<BladeMovement move={id} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector('title')!;
    expect(title.textContent).toContain(movement(id).name);
    expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
    // Both blades move, each with the movement's keyframes; the dashed ones show the start.
    expect(svg.querySelectorAll(`.blade-move.move-${id}`)).toHaveLength(2);
    expect(svg.querySelectorAll('.blade-ghost')).toHaveLength(2);
  });

  it('gives two pictures on one screen their own title ids', () => {
    const { container } = render(
      <>
        <BladeMovement move="elevation" />
        <BladeMovement move="depression" />
      </>,
    );
    const ids = [...container.querySelectorAll('title')].map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
  });
});
