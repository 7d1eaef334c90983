// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LineChart, readout } from './line-chart.js';
import { PeriodPick } from './period.js';

// uPlot cannot draw in happy-dom (it throws from a microtask after it is
// built): without the stand-in, a chart whose code arrived before the test
// ended would fail the run, one that arrived after would not.
vi.mock('uplot', () => import('./fake-uplot.js'));

afterEach(cleanup);

describe('PeriodPick', () => {
  it('renders three labelled radios in a group named Period', () => {
    const onChange = vi.fn();
    const { getByRole, getAllByRole, getByLabelText } = render(<PeriodPick value="1y" onChange={onChange} />);
    expect(getByRole('group', { name: 'Period' })).toBeTruthy();
    const radios = getAllByRole('radio');
    expect(radios).toHaveLength(3);
    for (const name of ['Recent', 'Year', 'All']) expect(getByLabelText(name)).toBeTruthy();
    expect((getByLabelText('Year') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(getByLabelText('Recent'));
    expect(onChange).toHaveBeenCalledWith('3m');
  });
});

describe('chart readout', () => {
  const series = [{ label: 'e1RM', unit: 'kg', values: [66.33] }];

  it('shows the latest value and date of a one-point series', () => {
    expect(readout(['2026-11-23'], series, null)).toMatch(/^Latest, .*2026: e1RM 66.3 kg$/);
  });

  it('shows both series at the last date with a value, or the hovered one', () => {
    const two = [
      { label: 'Reps', unit: 'reps', values: [12, 14, null] },
      { label: 'Load', unit: 'kg', values: [100, 100, null], right: true },
    ];
    const dates = ['2026-11-01', '2026-11-08', '2026-11-15'];
    expect(readout(dates, two, null)).toMatch(/^Latest, .*: Reps 14 reps, Load 100 kg$/);
    expect(readout(dates, two, 0)).toMatch(/^[^L].*: Reps 12 reps, Load 100 kg$/);
  });

  it('is written under the chart as text for screen readers', () => {
    const { container } = render(<LineChart dates={['2026-11-23']} series={series} caption="Estimated one-rep max by date" />);
    expect(container.querySelector('.chart-readout')?.textContent).toContain('e1RM 66.3 kg');
  });

  it('lists every point in a table named by its caption', () => {
    const { getByRole } = render(
      <LineChart dates={['2026-11-01', '2026-11-08']} series={[{ label: 'Reps', unit: 'reps', values: [12, null] }]} caption="Shrug reps by date" />,
    );
    const table = getByRole('table', { name: 'Shrug reps by date' });
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      [expect.stringMatching(/2026/), '12'],
      [expect.stringMatching(/2026/), 'none'],
    ]);
  });
});
