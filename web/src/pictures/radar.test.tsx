// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Radar, radarMax, radarPoint, radarPoints } from './radar.js';

afterEach(cleanup);

const axes = [
  { id: 'elevation', label: 'Elevation', value: 8 },
  { id: 'upward_rotation', label: 'Upward rotation', value: 4 },
  { id: 'protraction', label: 'Protraction', value: 0 },
  { id: 'depression', label: 'Depression', value: 2 },
  { id: 'downward_rotation', label: 'Downward rotation', value: 6 },
  { id: 'retraction', label: 'Retraction', value: 3 },
];

describe('radar geometry', () => {
  it('puts axis 0 straight up and the rest clockwise, scaled to the max', () => {
    const close = (p: { x: number; y: number }, x: number, y: number) => {
      expect(p.x).toBeCloseTo(x, 6);
      expect(p.y).toBeCloseTo(y, 6);
    };
    close(radarPoint(0, 6, 10, 10, 100, 0, 0), 0, -100);
    close(radarPoint(1, 6, 10, 10, 100, 0, 0), 100 * Math.sin(Math.PI / 3), -50);
    close(radarPoint(3, 6, 5, 10, 100, 0, 0), 0, 50);
    close(radarPoint(4, 6, 10, 10, 100, 50, 50), 50 - 100 * Math.sin(Math.PI / 3), 100);
  });

  it('maps known values onto the axes, clamping at the centre and the rim', () => {
    const ps = radarPoints([8, 4, 0, 2, 6, 12], 8, 80, 100, 100);
    expect(ps[0]).toEqual({ x: 100, y: 20 });
    expect(ps[1]!.x).toBeCloseTo(100 + 40 * Math.sin(Math.PI / 3));
    expect(ps[1]!.y).toBeCloseTo(100 - 40 * 0.5);
    expect(ps[2]).toEqual({ x: 100, y: 100 });
    expect(ps[3]!.y).toBeCloseTo(120);
    // 12 is beyond the max of 8: drawn on the rim.
    expect(Math.hypot(ps[5]!.x - 100, ps[5]!.y - 100)).toBeCloseTo(80);
  });

  it('rounds the scale up to an even number, 4 at least', () => {
    expect(radarMax([0, 0])).toBe(4);
    expect(radarMax([7, 1])).toBe(8);
    expect(radarMax([8.5])).toBe(10);
  });
});

describe('<Radar>', () => {
  it('draws six labelled axes and gives the values in a table', () => {
    const { container } = render(<Radar axes={axes} caption="Hard sets this week" unit="sets" axisName="Movement" />);
    expect(container.querySelectorAll('line.radar-axis')).toHaveLength(6);
    const labels = [...container.querySelectorAll('text.radar-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Elevation8 sets', 'Upwardrotation4 sets', 'Protraction0 sets', 'Depression2 sets', 'Downwardrotation6 sets', 'Retraction3 sets']);
    const table = screen.getByRole('table', { name: 'Hard sets this week' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Elevation8', 'Upward rotation4', 'Protraction0', 'Depression2', 'Downward rotation6', 'Retraction3']);
  });
});
