/**
 * Reads opening hours the way people type them into a spreadsheet cell:
 *
 *   Mon-Fri 8:00-18:00; Sat 10-14      Mon–Fri 8am–6pm      Tue,Thu 9-17      Mon-Fri 9-12, 13-17
 *   Mon-Sat 9-17, Closed Sun           Weekdays 9am-5pm     Daily 7-22        24/7
 *   Mo-Fr 08:00-18:00 (OpenStreetMap)  Fri 18:00-02:00 (past midnight)
 *
 * Anything it cannot read with certainty is an error that says what to write instead; it never guesses.
 * "9-5" is refused as ambiguous (9:00 to 17:00, or overnight?), where "9-17" and "9am-5pm" are not.
 */
import { WEEKDAYS, type Weekday, type WeeklyInterval } from '../feed/schema.js';

export type HoursResult = { ok: true; hours: WeeklyInterval[] } | { ok: false; error: string };

const DAY_NAMES: [RegExp, Weekday[]][] = [
  [/^(?:weekdays?|workdays?)$/, ['mon', 'tue', 'wed', 'thu', 'fri']],
  [/^(?:weekends?)$/, ['sat', 'sun']],
  [/^(?:daily|every ?day|all ?week)$/, [...WEEKDAYS]],
  [/^mo(?:n(?:day)?)?$/, ['mon']],
  [/^tu(?:e(?:s(?:day)?)?)?$/, ['tue']],
  [/^we(?:d(?:s|nesday)?)?$/, ['wed']],
  [/^th(?:u(?:r(?:s(?:day)?)?)?)?$/, ['thu']],
  [/^fr(?:i(?:day)?)?$/, ['fri']],
  [/^sa(?:t(?:urday)?)?$/, ['sat']],
  [/^su(?:n(?:day)?)?$/, ['sun']],
];

type Token = (
  | { kind: 'days'; days: Weekday[]; single: boolean }
  | { kind: 'time'; minutes: number; meridiem?: 'am' | 'pm'; midnight?: boolean }
  | { kind: 'dash' | 'comma' | 'separator' | 'closed' | 'all-day' | 'always' }
) & {
  /** The token as written (original case). */
  text: string;
  /** Where it starts in the input. */
  at: number;
};
type Draft = Token extends infer T ? (T extends Token ? Omit<T, 'at'> : never) : never;

const TIME = /^(?:(\d{1,2})(?:[:.h](\d{2}))?|(\d{2})(\d{2}))\s*(a\.?m\.?|p\.?m\.?|h)?(?![\w:])/;

function tokenize(input: string): Token[] | string {
  // Every replacement keeps the length, so positions in `text` are positions in `input`.
  const text = input.replace(/[\u2012-\u2015\u2212]/g, '-').replace(/\u00a0/g, ' ').toLowerCase();
  const original = (at: number, length: number) => input.slice(at, at + length).trim();
  const tokens: Token[] = [];
  let rest = text;
  const push = (token: Draft) => {
    const at = text.length - rest.length;
    tokens.push({ ...token, at, text: original(at, token.text.length) } as Token);
  };
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const always = /^(?:24\s*\/\s*7|24\s*x\s*7|always open|open 24\/7)/.exec(rest);
    if (always) {
      push({ kind: 'always', text: always[0] });
      rest = rest.slice(always[0].length);
      continue;
    }
    const allDay = /^(?:24\s*h(?:ours|rs)?\b|24 hours|all day|open all day)/.exec(rest);
    if (allDay) {
      push({ kind: 'all-day', text: allDay[0] });
      rest = rest.slice(allDay[0].length);
      continue;
    }
    const named = /^(noon|midday|midnight)\b/.exec(rest);
    if (named) {
      const midnight = named[1] === 'midnight';
      push({ kind: 'time', minutes: midnight ? 0 : 720, midnight, text: named[0] });
      rest = rest.slice(named[0].length);
      continue;
    }
    const time = TIME.exec(rest);
    if (time) {
      const hours = Number(time[1] ?? time[3]);
      const minutes = Number(time[2] ?? time[4] ?? 0);
      const suffix = time[5]?.replace(/\./g, '');
      const meridiem = suffix === 'am' || suffix === 'pm' ? suffix : undefined;
      if (minutes > 59 || hours > 24 || (meridiem && (hours < 1 || hours > 12))) {
        return `"${original(text.length - rest.length, time[0].length)}" is not a time of day`;
      }
      push({ kind: 'time', minutes: hours * 60 + minutes, meridiem, text: time[0].trim() });
      rest = rest.slice(time[0].length);
      continue;
    }
    const word = /^[a-z]+(?:\s+[a-z]+)?/.exec(rest);
    if (word) {
      const phrase = word[0];
      const first = /^[a-z]+/.exec(phrase)![0];
      const matchedPhrase = matchDays(phrase.replace(/\s+/, ' '));
      const matchedWord = matchedPhrase ? null : matchDays(first);
      if (matchedPhrase || matchedWord) {
        const matched = (matchedPhrase ?? matchedWord)!;
        const used = matchedPhrase ? phrase : first;
        push({ kind: 'days', days: matched, single: matched.length === 1, text: used });
        rest = rest.slice(used.length).replace(/^\./, '');
        continue;
      }
      if (first === 'closed' || first === 'off') {
        push({ kind: 'closed', text: first });
        rest = rest.slice(first.length);
        continue;
      }
      if (first === 'to' || first === 'until' || first === 'till' || first === 'til') {
        push({ kind: 'dash', text: first });
        rest = rest.slice(first.length);
        continue;
      }
      if (first === 'and') {
        push({ kind: 'comma', text: first });
        rest = rest.slice(first.length);
        continue;
      }
      if (first === 'open' || first === 'from' || first === 'hours') {
        rest = rest.slice(first.length);
        continue;
      }
      return `"${original(text.length - rest.length, first.length)}" is not a day or a time`;
    }
    const char = rest[0];
    if (char === '-') push({ kind: 'dash', text: char });
    else if (char === ',' || char === '&' || char === '+' || char === '/') push({ kind: 'comma', text: char });
    else if (char === ';' || char === '|' || char === '\n' || char === '\r') push({ kind: 'separator', text: char });
    else if (char !== ':') return `"${char}" is not expected here`;
    rest = rest.slice(1);
  }
  return tokens;
}

function matchDays(word: string): Weekday[] | null {
  for (const [pattern, days] of DAY_NAMES) if (pattern.test(word)) return days;
  return null;
}

/** Parses a whole opening-hours text into weekly intervals, or says what is wrong with it. */
export function parseOpeningHours(input: string): HoursResult {
  const tokens = tokenize(input);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  if (tokens.length === 0) return { ok: true, hours: [] };

  const open = new Map<Weekday, { opens: number; closes: number }[]>();
  const closed = new Set<Weekday>();
  let index = 0;
  const peek = (offset = 0) => tokens[index + offset];

  const readDays = (): Weekday[] | string => {
    const days: Weekday[] = [];
    for (;;) {
      const token = peek();
      if (token?.kind !== 'days') return days.length ? days : 'expected a day';
      index++;
      if (peek()?.kind === 'dash' && peek(1)?.kind === 'days') {
        const end = peek(1) as Extract<Token, { kind: 'days' }>;
        if (!token.single || !end.single) return `"${token.text}-${end.text}" is not a range of days`;
        index += 2;
        days.push(...dayRange(token.days[0], end.days[0]));
      } else {
        days.push(...token.days);
      }
      if (peek()?.kind === 'comma' && peek(1)?.kind === 'days') index++;
      else if (peek()?.kind !== 'days') return days;
    }
  };

  const readInterval = (): { opens: number; closes: number } | string => {
    const start = peek();
    const dash = peek(1);
    const end = peek(2);
    if (start?.kind !== 'time' || dash?.kind !== 'dash' || end?.kind !== 'time') {
      const shown = [start, dash, end].filter(Boolean).map((token) => token!.text).join(' ');
      return `expected an opening and a closing time like "9:00-17:00"${shown ? `, not "${shown}"` : ''}`;
    }
    index += 3;
    return resolveInterval(start, end);
  };

  while (index < tokens.length) {
    const token = peek()!;
    if (token.kind === 'separator' || token.kind === 'comma') {
      index++;
      continue;
    }
    if (token.kind === 'always') {
      index++;
      for (const day of WEEKDAYS) addInterval(open, day, { opens: 0, closes: 1440 });
      continue;
    }
    if (token.kind === 'closed') {
      index++;
      const days = readDays();
      if (typeof days === 'string') return { ok: false, error: 'after "closed", name the days, e.g. "Closed Sun"' };
      days.forEach((day) => closed.add(day));
      continue;
    }
    if (token.kind === 'time') {
      return { ok: false, error: `"${token.text}" needs the days it applies to first, e.g. "Mon-Fri ${token.text}-…"` };
    }
    if (token.kind !== 'days') return { ok: false, error: `"${token.text}" is not expected here` };

    const listStart = token.at;
    const days = readDays();
    if (typeof days === 'string') return { ok: false, error: days };
    const next = peek();
    if (next?.kind === 'closed') {
      index++;
      days.forEach((day) => closed.add(day));
      continue;
    }
    if (next?.kind === 'all-day' || next?.kind === 'always') {
      index++;
      for (const day of days) addInterval(open, day, { opens: 0, closes: 1440 });
      continue;
    }
    if (next?.kind !== 'time') {
      const last = tokens[index - 1];
      const daysText = input.slice(listStart, last.at + last.text.length);
      return { ok: false, error: `"${daysText}" needs opening times after it, e.g. "${daysText} 9:00-17:00"` };
    }
    for (;;) {
      const interval = readInterval();
      if (typeof interval === 'string') return { ok: false, error: interval };
      for (const day of days) addInterval(open, day, interval);
      if (peek()?.kind === 'comma' && peek(1)?.kind === 'time') index++;
      else break;
    }
  }

  for (const day of closed) {
    if (open.has(day)) return { ok: false, error: `${DAY_LABEL[day]} is both closed and open` };
  }
  if (open.size === 0) {
    return { ok: false, error: 'only closed days are given; add the opening hours of the other days, e.g. "Mon-Fri 9-17, Closed Sat-Sun"' };
  }

  const hours: WeeklyInterval[] = [];
  for (const day of WEEKDAYS) {
    const intervals = (open.get(day) ?? []).sort((a, b) => a.opens - b.opens);
    for (let i = 1; i < intervals.length; i++) {
      const previousEnd = intervals[i - 1].closes <= intervals[i - 1].opens ? 1440 : intervals[i - 1].closes;
      if (intervals[i].opens < previousEnd) {
        return { ok: false, error: `${DAY_LABEL[day]} has overlapping times (${formatRange(intervals[i - 1])} and ${formatRange(intervals[i])})` };
      }
    }
    for (const interval of intervals) hours.push({ day, opens: clock(interval.opens), closes: clock(interval.closes) });
  }
  return { ok: true, hours };
}

function resolveInterval(
  start: Extract<Token, { kind: 'time' }>,
  end: Extract<Token, { kind: 'time' }>,
): { opens: number; closes: number } | string {
  let closes = to24(end.minutes, end.meridiem);
  let opens = to24(start.minutes, start.meridiem);
  // "9-5pm" and "1-5pm": the opening time takes the closing time's am/pm when that keeps it before closing.
  if (!start.meridiem && end.meridiem && !start.midnight) {
    const sameHalf = to24(start.minutes, end.meridiem);
    if (start.minutes >= 60 && start.minutes < 13 * 60 && sameHalf < closes) opens = sameHalf;
  }
  if (closes === 0) closes = 1440;
  if (opens >= 1440) return `"${start.text}" cannot be an opening time`;
  if (closes > 1440) return `"${end.text}" is not a time of day`;
  if (opens === closes) return `"${start.text}-${end.text}" opens and closes at the same time`;
  if (closes < opens && !start.meridiem && !end.meridiem && opens < 720 && closes <= 720) {
    return `"${start.text}-${end.text}" is ambiguous: write ${suggest(opens, closes + 720)} for a day, or use am/pm`;
  }
  return { opens, closes };
}

function to24(minutes: number, meridiem: 'am' | 'pm' | undefined): number {
  if (!meridiem) return minutes;
  const hour = Math.floor(minutes / 60) % 12;
  return (meridiem === 'pm' ? hour + 12 : hour) * 60 + (minutes % 60);
}

function addInterval(open: Map<Weekday, { opens: number; closes: number }[]>, day: Weekday, interval: { opens: number; closes: number }) {
  const list = open.get(day) ?? [];
  if (!list.some((existing) => existing.opens === interval.opens && existing.closes === interval.closes)) list.push(interval);
  open.set(day, list);
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(from);
  const length = ((WEEKDAYS.indexOf(to) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, offset) => WEEKDAYS[(start + offset) % 7]);
}

const DAY_LABEL: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** `HH:MM` for minutes since midnight (1440 is `24:00`). */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function formatRange(interval: { opens: number; closes: number }): string {
  return `${clock(interval.opens)}-${clock(interval.closes)}`;
}

function suggest(opens: number, closes: number): string {
  return `"${shortClock(opens)}-${shortClock(closes)}"`;
}

function shortClock(minutes: number): string {
  return minutes % 60 === 0 ? String(minutes / 60) : clock(minutes);
}

/** One clock time as people write it ("9", "9:30", "5pm", "17.00", "noon") as `HH:MM`, or null. */
export function parseClockTime(input: string): string | null {
  const tokens = tokenize(input);
  if (typeof tokens === 'string' || tokens.length !== 1 || tokens[0].kind !== 'time') return null;
  const minutes = to24(tokens[0].minutes, tokens[0].meridiem);
  return minutes <= 1440 ? clock(minutes) : null;
}
