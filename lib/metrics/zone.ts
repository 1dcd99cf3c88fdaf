import { assertTimeZone, fromLocal, offsetAt, toLocal } from "../time/zone";

/** The calendar arithmetic the weekly review needs, over the shared Intl-based zone helpers. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Local calendar date of an instant in a time zone. */
export function localDateOf(at: number, timeZone: string): LocalDate {
  const { year, month, day } = toLocal(at, timeZone);
  return { year, month, day };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
export function zoneOffset(at: number, timeZone: string): number {
  return offsetAt(at, timeZone);
}

/** The instant of a wall-clock time in a zone, correct around DST changes. */
export function zonedTime(date: LocalDate, hour: number, minute: number, timeZone: string): number {
  return fromLocal({ ...date, hour, minute }, timeZone);
}

/** Whether Intl knows the zone name, so settings can be validated before use. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local hour (0-23) of an instant: send-time slots are wall-clock slots. */
export function localHourOf(at: number, timeZone: string): number {
  return toLocal(at, timeZone).hour;
}
