/** The follow-up alarm's name carries whose email is due; the popup sets it, the background reads it. */
const pattern = /^follow-up:([1-4]):(.+)$/;

export interface Reminder {
  personId: string;
  /** 1-based number of the email that is due. */
  emailNumber: number;
}

/** Alarm and notification share this name, so a click knows whose email is due. */
export function reminderName(reminder: Reminder): string {
  return `follow-up:${reminder.emailNumber}:${reminder.personId}`;
}

export function parseReminderName(name: string): Reminder | undefined {
  const match = pattern.exec(name);
  return match?.[1] && match[2] ? { emailNumber: Number(match[1]), personId: match[2] } : undefined;
}

/** One alarm per person: a newer reminder replaces the older one of the same name. */
export async function scheduleReminder(reminder: Reminder, when: number): Promise<void> {
  await browser.alarms.create(reminderName(reminder), { when: Math.max(when, Date.now() + 60_000) });
}
