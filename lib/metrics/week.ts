import { type LocalDate, localDateOf, zoneOffset } from "./zone";

/** ISO 8601 week ("2026-W48"): weeks start on Monday; week 1 holds the year's first Thursday. */
export type WeekKey = string;

export interface Week {
  key: WeekKey;
  /** Local date of its Monday, "2026-11-23". */
  start: string;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a calendar date (zone-free arithmetic). */
function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / dayMs);
}

function dateOfDayNumber(days: number): LocalDate {
  const d = new Date(days * dayMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The ISO week holding a calendar date. */
export function weekOfDate(date: LocalDate): Week {
  const days = dayNumber(date);
  const weekday = (new Date(days * dayMs).getUTCDay() + 6) % 7; // Monday = 0
  const monday = days - weekday;
  const thursday = dateOfDayNumber(monday + 3);
  const firstThursdayWeek = Math.floor((monday + 3 - dayNumber({ year: thursday.year, month: 1, day: 1 })) / 7) + 1;
  return {
    key: `${thursday.year}-W${String(firstThursdayWeek).padStart(2, "0")}`,
    start: isoDate(dateOfDayNumber(monday)),
  };
}

/** The week of an instant on the wall clock of a time zone. */
export function weekOf(at: number, timeZone: string): Week {
  return weekOfDate(localDateOf(at, timeZone));
}

/**
 * `weekOf` for many instants: the zone offset is looked up twice per UTC day
 * (its start and end) instead of once per event, since 100,000 events fall on a
 * few hundred days; a day on which the offset changes (DST) is computed per event.
 */
export function createWeekLookup(timeZone: string): (at: number) => Week {
  const offsets = new Map<number, number | null>();
  const weeks = new Map<number, Week>();
  const offsetOn = (utcDay: number) => {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = zoneOffset(utcDay * dayMs, timeZone);
      offset = start === zoneOffset(utcDay * dayMs + dayMs - 1, timeZone) ? start : null;
      offsets.set(utcDay, offset);
    }
    return offset;
  };
  return (at) => {
    const offset = offsetOn(Math.floor(at / dayMs));
    const localDay = offset === null ? dayNumber(localDateOf(at, timeZone)) : Math.floor((at + offset) / dayMs);
    let week = weeks.get(localDay);
    if (!week) {
      week = weekOfDate(dateOfDayNumber(localDay));
      weeks.set(localDay, week);
    }
    return week;
  };
}

function parseStart(start: string): LocalDate {
  const [year, month, day] = start.split("-").map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** The week `count` weeks after (negative: before) a week. */
export function addWeeks(week: Week, count: number): Week {
  return weekOfDate(dateOfDayNumber(dayNumber(parseStart(week.start)) + count * 7));
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: Week, to: Week): number {
  return Math.round((dayNumber(parseStart(to.start)) - dayNumber(parseStart(from.start))) / 7);
}

/** `count` consecutive weeks ending with `last`, oldest first. */
export function weekRange(last: Week, count: number): Week[] {
  return Array.from({ length: count }, (_, i) => addWeeks(last, i - count + 1));
}

/** The week of a key like "2026-W48" (4 January always lies in week 1); undefined when malformed. */
export function weekFromKey(key: WeekKey): Week | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  const firstWeek = weekOfDate({ year, month: 1, day: 4 });
  const week = addWeeks(firstWeek, number - 1);
  return week.key === key ? week : undefined;
}
