// The period picker for the trend charts (the periods themselves: periods.ts).
import { useState } from 'preact/hooks';
import { RadioCards } from '../../ui/choices.js';
import type { Period } from './periods.js';

export { inPeriod, periodStart, type Period } from './periods.js';

const OPTIONS = [
  { value: '3m' as const, label: 'Recent' },
  { value: '1y' as const, label: 'Year' },
  { value: 'all' as const, label: 'All' },
];

/** The chosen period; choosing "all" while only the last year is here asks for the whole log. */
export function usePeriod(onlyRecent: boolean, onShowAll: () => void): [Period, (p: Period) => void] {
  const [period, setPeriod] = useState<Period>('1y');
  const pick = (p: Period) => {
    setPeriod(p);
    if (p === 'all' && onlyRecent) onShowAll();
  };
  return [period, pick];
}

export function PeriodPick({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  // Three equal columns (the shared inline grid fits four narrow ones at 360 px, too narrow for "Recent").
  return (
    <div class="period-pick">
      <RadioCards legend="Period" inline options={OPTIONS} value={value} onChange={onChange} />
    </div>
  );
}
