/**
 * Follow-up reminders: an alarm at the next email's planned time becomes a notification that
 * opens the composer, with two quick outcome buttons for what makes the follow-up moot.
 */
import { parseReminderName } from "@/components/drafting/reminder-alarm";
import { loadSettings, type ProspectDatabase } from "@/lib/db";
import { type QuickOutcomeType, recordOutcome } from "@/lib/db/outcomes";
import { loadSequence, sentSteps } from "@/lib/db/outreach";
import { resolveUiLanguage, translate } from "@/lib/i18n/messages";
import type { ProspectStatus } from "@/lib/model";

/** The composer for one person, opened as a tab: works without a LinkedIn tab in front. */
export function composerUrl(personId: string): string {
  return browser.runtime.getURL(`/popup.html?person=${encodeURIComponent(personId)}`);
}

/** The notification's buttons, in order: a reply (its tone is set later, if at all) or a bounce. */
const buttonOutcomes: readonly QuickOutcomeType[] = ["replied-neutral", "bounced"];

/** Prospects past these need no follow-up: they answered, met, decided, or asked not to be contacted. */
const followUpEnded: readonly ProspectStatus[] = ["replied", "meeting", "won", "lost", "do-not-contact"];

async function notify(db: ProspectDatabase, name: string): Promise<void> {
  const reminder = parseReminderName(name);
  if (!reminder) return;
  const person = await db.people.get(reminder.personId);
  if (!person || followUpEnded.includes(person.status)) return;
  // Sent early by hand: nothing to remind of.
  const sequence = await loadSequence(db, person.id);
  if (sequence && (await sentSteps(db, sequence.id)).length >= reminder.emailNumber) return;
  const language = resolveUiLanguage((await loadSettings(db)).uiLanguage, navigator.language);
  await browser.notifications.create(name, {
    type: "basic",
    iconUrl: browser.runtime.getURL("/icon/128.png"),
    title: translate(language, "appName"),
    message: translate(language, "draftReminder", { number: String(reminder.emailNumber), name: person.name }),
    buttons: [{ title: translate(language, "reminderReplied") }, { title: translate(language, "reminderBounced") }],
  });
}

async function recordFromButton(db: ProspectDatabase, id: string, index: number): Promise<void> {
  const reminder = parseReminderName(id);
  const type = buttonOutcomes[index];
  if (!reminder || !type) return;
  await recordOutcome(db, { personId: reminder.personId, type, at: Date.now() });
  await browser.notifications.clear(id);
}

/** Wires the alarm and the notification click; call once from the background. */
export function registerReminders(db: ProspectDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => void notify(db, alarm.name));
  browser.notifications.onClicked.addListener((id) => {
    const reminder = parseReminderName(id);
    if (!reminder) return;
    void browser.tabs.create({ url: composerUrl(reminder.personId) });
    void browser.notifications.clear(id);
  });
  browser.notifications.onButtonClicked.addListener((id, index) => void recordFromButton(db, id, index));
}
