import { z } from "zod";
import type { SequenceStep } from "../model/sequence";
import { addDays, assertTimeZone, fromLocal, type LocalTime, localDate, toLocal } from "../time/zone";
import { type HolidayPlace, isHoliday } from "./holidays";
import { detectRegion } from "./region";

/** User-configurable timing, validated where settings come in. */
export const scheduleSettingsSchema = z
  .object({
    /** Weekdays for the first email, 0 = Sunday; default Tuesday to Thursday. */
    days: z.array(z.number().int().min(0).max(6)).min(1).default([2, 3, 4]),
    /** Local hours [startHour, endHour) in which emails go out. */
    startHour: z.number().int().min(0).max(23).default(9),
    endHour: z.number().int().min(1).max(24).default(11),
    /** Business days between consecutive emails: +3, +4, +7 after the one before. */
    followUpBusinessDays: z.array(z.number().int().min(1).max(60)).max(3).default([3, 4, 7]),
    /** Never early Monday: nothing lands before this local hour on a Monday. */
    mondayNotBefore: z.number().int().min(0).max(23).default(10),
  })
  .refine((s) => s.endHour > s.startHour, { message: "endHour must be after startHour", path: ["endHour"] });
export type ScheduleSettings = z.output<typeof scheduleSettingsSchema>;

export interface ScheduleOptions {
  now: number;
  /** IANA zone of the prospect, e.g. "Europe/Vienna". */
  timeZone: string;
  settings?: z.input<typeof scheduleSettingsSchema>;
  /** Whose holidays to skip; unknown country → all three DACH countries (national holidays). */
  holidays?: readonly HolidayPlace[];
}

export interface PlannedSend {
  step: SequenceStep;
  /** Epoch ms. */
  at: number;
  /** Wall-clock time in the prospect's zone, "YYYY-MM-DDTHH:mm". */
  local: string;
}

export interface SchedulePlan {
  timeZone: string;
  sends: PlannedSend[];
}

const STEPS: readonly SequenceStep[] = ["attention", "curiosity", "credibility", "action"];
const DACH: readonly HolidayPlace[] = [{ country: "DE" }, { country: "AT" }, { country: "CH" }];
const SLOT_MINUTES = 15;
const SEARCH_DAYS = 60;

type Day = Pick<LocalTime, "year" | "month" | "day" | "weekday">;

function isBusinessDay(day: Day, holidays: readonly HolidayPlace[]): boolean {
  return day.weekday !== 0 && day.weekday !== 6 && !isHoliday(localDate(day), holidays);
}

function earliestMinute(day: Day, settings: ScheduleSettings): number {
  const hour = day.weekday === 1 ? Math.max(settings.startHour, settings.mondayNotBefore) : settings.startHour;
  return hour * 60;
}

function formatLocal(day: Day, minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, "0");
  const mm = String(minute % 60).padStart(2, "0");
  return `${localDate(day)}T${hh}:${mm}`;
}

function at(day: Day, minute: number, timeZone: string) {
  return fromLocal({ ...day, hour: Math.floor(minute / 60), minute: minute % 60 }, timeZone);
}

/** The first window slot at or after `now`: today if the window is still open, else a later allowed day. */
export function nextSlot(options: ScheduleOptions): { day: Day; minute: number } {
  const settings = scheduleSettingsSchema.parse(options.settings ?? {});
  const holidays = options.holidays ?? DACH;
  const now = toLocal(options.now, assertTimeZone(options.timeZone));
  const nowMinute = Math.ceil((now.hour * 60 + now.minute) / SLOT_MINUTES) * SLOT_MINUTES;
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const day = addDays(now, offset);
    if (!settings.days.includes(day.weekday) || !isBusinessDay(day, holidays)) continue;
    const minute = Math.max(earliestMinute(day, settings), offset === 0 ? nowMinute : 0);
    if (minute < settings.endHour * 60) return { day, minute };
  }
  throw new Error("No sending slot within 60 days: check the configured days and hours.");
}

function addBusinessDays(day: Day, count: number, holidays: readonly HolidayPlace[]): Day {
  let current = day;
  for (let left = count; left > 0; ) {
    current = addDays(current, 1);
    if (isBusinessDay(current, holidays)) left -= 1;
  }
  return current;
}

/**
 * First email at the next good slot in the prospect's zone, follow-ups after the configured
 * business days (counted from the email before), at the same local time of day.
 */
export function planSchedule(options: ScheduleOptions): SchedulePlan {
  const settings = scheduleSettingsSchema.parse(options.settings ?? {});
  const holidays = options.holidays ?? DACH;
  const first = nextSlot(options);
  const sends: PlannedSend[] = [];
  let day = first.day;
  STEPS.slice(0, settings.followUpBusinessDays.length + 1).forEach((step, index) => {
    if (index > 0) day = addBusinessDays(day, settings.followUpBusinessDays[index - 1] ?? 0, holidays);
    const minute = Math.max(first.minute, earliestMinute(day, settings));
    sends.push({ step, at: at(day, minute, options.timeZone), local: formatLocal(day, minute) });
  });
  return { timeZone: options.timeZone, sends };
}

/**
 * The plan for a prospect from their free-text location: their zone when it is recognised (else the
 * user's), their country's holidays in DACH, none elsewhere, and all three DACH sets when unknown.
 */
export function planForLocation(
  location: string | undefined,
  options: Omit<ScheduleOptions, "timeZone" | "holidays"> & { fallbackTimeZone: string },
): SchedulePlan {
  const region = detectRegion(location);
  const holidays = region.country ? [{ country: region.country }] : region.germanSpeaking === false ? [] : undefined;
  return planSchedule({ ...options, timeZone: region.timeZone ?? options.fallbackTimeZone, holidays });
}
