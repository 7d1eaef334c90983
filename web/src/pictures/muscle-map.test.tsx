// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MUSCLES } from '../../../src/engine/catalog/movements.js';
import { MUSCLE_IDS } from '../../../src/engine/types.js';
import { MuscleMap, shadeLevel } from './muscle-map.js';

afterEach(cleanup);

const volume = { upper_trapezius: 9, levator_scapulae: 4.5, middle_trapezius: 2, pectoralis_major: 1 };

describe('<MuscleMap>', () => {
  it('shades the highest-volume muscle darkest', () => {
    const { container } = render(<MuscleMap volume={volume} label="This week" />);
    const opacity = (id: string) => Number((container.querySelector(`[data-muscle="${id}"]`) as SVGElement).style.fillOpacity);
    const top = opacity('upper_trapezius');
    expect(top).toBe(1);
    for (const id of MUSCLE_IDS) if (id !== 'upper_trapezius') expect(opacity(id)).toBeLessThan(top);
    expect(opacity('levator_scapulae')).toBeGreaterThan(opacity('middle_trapezius'));
    expect(container.querySelector('[data-muscle="glutes"]')!.getAttribute('data-level')).toBe('0');
  });

  it('has one path with a title per muscle, on the side the catalog names', () => {
    const { container } = render(<MuscleMap volume={volume} label="This week" />);
    const paths = [...container.querySelectorAll('path.mm-muscle')];
    expect(paths.map((p) => p.getAttribute('data-muscle')).sort()).toEqual([...MUSCLE_IDS].sort());
    for (const p of paths) expect(p.querySelector('title')?.textContent).toMatch(/^[A-Z][a-z ]+: /);
    expect(container.querySelector('[data-muscle="upper_trapezius"] title')!.textContent).toBe('Upper trapezius: 9 hard sets');
    const [front, back] = [...container.querySelectorAll('g.mm-figure')];
    for (const m of MUSCLES) expect((m.view === 'front' ? front : back)!.querySelector(`[data-muscle="${m.id}"]`)).not.toBeNull();
  });

  it('steps shading by the share of the highest value', () => {
    expect(shadeLevel(0, 10)).toBe(0);
    expect(shadeLevel(1, 10)).toBe(1);
    expect(shadeLevel(5, 10)).toBe(2);
    expect(shadeLevel(10, 10)).toBe(4);
    expect(shadeLevel(3, 0)).toBe(0);
  });
});
