// Calendar arithmetic on ISO date strings (YYYY-MM-DD) as whole UTC day
// numbers: the engine has no clock and no time zone, only the dates it is given.
// Plain integer arithmetic (H. Hinnant's days_from_civil) rather than Date
// objects, since a long history passes through here thousands of times.

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 (a Thursday) of a YYYY-MM-DD date, proleptic Gregorian. */
export function dayNumber(date: string): number {
  const y0 = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  // Count years from March so the leap day falls at the end of the year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The YYYY-MM-DD date of a day number (inverse of dayNumber, years 0-9999). */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The Monday that opens the ISO week of `day` (ISO 8601 weeks start on Monday). */
export function mondayOf(day: number): number {
  // Day 0 was a Thursday, three days after its Monday.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO week a date falls in, keyed by its Monday's date. */
export function isoWeekKey(date: string): string {
  return dateOfDay(mondayOf(dayNumber(date)));
}

export interface DateInfo {
  day: number;
  week: string;
}

/**
 * Remembers day number and week key per distinct date string: a long history
 * has thousands of logs but only a dozen or so per date, and they come in runs.
 */
export function dateCache(): (date: string) => DateInfo {
  const seen = new Map<string, DateInfo>();
  const weekOfMonday = new Map<number, string>();
  let lastDate = '';
  let last: DateInfo = { day: 0, week: '' };
  return (date) => {
    if (date === lastDate) return last;
    let info = seen.get(date);
    if (info === undefined) {
      const day = dayNumber(date);
      const monday = mondayOf(day);
      let week = weekOfMonday.get(monday);
      if (week === undefined) weekOfMonday.set(monday, (week = dateOfDay(monday)));
      seen.set(date, (info = { day, week }));
    }
    lastDate = date;
    return (last = info);
  };
}
