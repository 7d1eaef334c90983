// For tests: stands in for uPlot, which cannot draw in happy-dom (a canvas
// there has no 2D context, and uPlot's first paint, a microtask after it is
// built, throws). Test files that mount a LineChart mock 'uplot' with this,
// so whether the chart code arrives before or after the test ends makes no
// difference:
//   vi.mock('uplot', () => import('./fake-uplot.js'));

/** The chart boxes a plot was built in, in order; tests empty it. */
export const drawnInto: Element[] = [];

export default class FakePlot {
  static tzDate = (d: Date) => d;
  data: unknown[];
  constructor(_opts: unknown, data: unknown[], el: Element) {
    this.data = data;
    drawnInto.push(el);
  }
  setSize(): void {}
  destroy(): void {}
}
