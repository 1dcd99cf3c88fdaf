/** Wall-clock time in an IANA time zone through Intl only: correct across DST switches, no library. */
export interface LocalTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for an unknown zone, so bad input fails loudly at the boundary. */
export function assertTimeZone(timeZone: string): string {
  formatterFor(timeZone);
  return timeZone;
}

export function toLocal(epochMs: number, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, part.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    year,
    month,
    day,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
export function offsetAt(epochMs: number, timeZone: string): number {
  const local = toLocal(epochMs, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward switch
 * moves forward by the gap; an ambiguous autumn time takes the earlier (summer-time) instant.
 */
export function fromLocal(
  local: Pick<LocalTime, "year" | "month" | "day" | "hour" | "minute">,
  timeZone: string,
): number {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // The offsets a day before and after bracket any DST switch near this time.
  const before = offsetAt(naive - 86_400_000, timeZone);
  const after = offsetAt(naive + 86_400_000, timeZone);
  const valid = [naive - before, naive - after].filter((instant) => offsetAt(instant, timeZone) === naive - instant);
  return valid.length > 0 ? Math.min(...valid) : naive - before;
}

/** "YYYY-MM-DD" of a local date. */
export function localDate(local: Pick<LocalTime, "year" | "month" | "day">): string {
  return `${local.year}-${String(local.month).padStart(2, "0")}-${String(local.day).padStart(2, "0")}`;
}

/** The local date `days` calendar days later (calendar arithmetic, not 24-hour steps). */
export function addDays(local: Pick<LocalTime, "year" | "month" | "day">, days: number) {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}
