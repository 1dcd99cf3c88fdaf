import { foldContentLine } from "../text/fold";
/** iCalendar (RFC 5545) export of a sending plan: reminders in the user's calendar. */
import type { SchedulePlan } from "./schedule";

export interface IcsEvent {
  /** Globally unique and stable, so a re-export updates instead of duplicating. */
  uid: string;
  start: number;
  durationMinutes?: number;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: number;
  prodId?: string;
}

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 3.1). */
export const foldLine = foldContentLine;

export function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DURATION:PT${event.durationMinutes ?? 15}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    "END:VEVENT",
  ];
}

export function toIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${options.prodId ?? "-//Prospect Scout//Sequence plan//EN"}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

export interface PlanIcsOptions extends IcsOptions {
  prospectName: string;
  /** Stable per sequence, e.g. the sequence id. */
  sequenceId: string;
  /** Subject of each email, in plan order. */
  subjects?: readonly string[];
  language: "en" | "de";
}

const LABELS = {
  en: { send: "Send email", to: "to", subject: "Subject" },
  de: { send: "E-Mail senden", to: "an", subject: "Betreff" },
} as const;

/** One 15-minute reminder per planned email. */
export function planToIcs(plan: SchedulePlan, options: PlanIcsOptions): string {
  const label = LABELS[options.language];
  const events = plan.sends.map((send, index) => ({
    uid: `${options.sequenceId}-${index + 1}@prospect-scout`,
    start: send.at,
    summary: `${label.send} ${index + 1}/${plan.sends.length} (${send.step}) ${label.to} ${options.prospectName}`,
    description: options.subjects?.[index] ? `${label.subject}: ${options.subjects[index]}` : undefined,
  }));
  return toIcs(events, options);
}
