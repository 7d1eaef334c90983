// One strict reader per export's date format. No `new Date(string)`: its guesses
// differ between engines and it accepts 2024-02-31 by rolling into March.
export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DDTHH:MM:SS, local time with no zone (the exports carry none). */
  startedAt: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when any part is out of range (month 13, 30 February, 24:00...). */
export function localDateTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): LocalDateTime | null {
  if (!(y >= 1900 && y <= 2100) || !(mo >= 1 && mo <= 12) || !(d >= 1 && d <= daysInMonth(y, mo))) return null;
  if (!(h >= 0 && h <= 23) || !(mi >= 0 && mi <= 59) || !(s >= 0 && s <= 59)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return { date, startedAt: `${date}T${pad(h)}:${pad(mi)}:${pad(s)}` };
}

/** Every row of a workout repeats its date: remember the last one read. */
function rememberLast(read: (text: string) => LocalDateTime | null): (text: string) => LocalDateTime | null {
  let lastText: string | undefined;
  let lastValue: LocalDateTime | null = null;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastValue = read(text);
    }
    return lastValue;
  };
}

/** Strong: "2024-03-05 18:02:11" (seconds optional). */
export const parseStrongDate = rememberLast((text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return localDateTime(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
});

/** Hevy: "5 Mar 2024, 18:02" — day, English month abbreviation, year, 24-hour time. */
export const parseHevyDate = rememberLast((text) => {
  const m = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4}), (\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return null;
  return localDateTime(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!);
});

/** FitNotes: "2024-03-05"; it records no time of day. */
export const parseFitNotesDate = rememberLast((text) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return localDateTime(+m[1]!, +m[2]!, +m[3]!);
});
