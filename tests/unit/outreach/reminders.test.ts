import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { parseReminderName, reminderName, scheduleReminder } from "@/components/drafting/reminder-alarm";
import { composerUrl, registerReminders } from "@/entrypoints/background/reminders";
import { openDatabase, type ProspectDatabase, saveSettings } from "@/lib/db";
import { recordSent, saveSequence } from "@/lib/db/outreach";

let db: ProspectDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`test-${crypto.randomUUID()}`);
  await db.people.add({
    id: "lena",
    name: "Lena Hoffmann",
    profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    status: "contacted",
    sources: {},
    history: [],
    createdAt: 0,
    updatedAt: 0,
  });
  await saveSettings(db, { uiLanguage: "en" });
  registerReminders(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

test("reminder names round-trip and reject anything else", () => {
  const name = reminderName({ personId: "a:b", emailNumber: 3 });
  expect(parseReminderName(name)).toEqual({ personId: "a:b", emailNumber: 3 });
  expect(parseReminderName("retention")).toBeUndefined();
  expect(parseReminderName("follow-up:7:lena")).toBeUndefined();
});

test("scheduling sets one alarm per person and email at the planned time", async () => {
  const when = Date.now() + 3 * 86_400_000;
  await scheduleReminder({ personId: "lena", emailNumber: 2 }, when);
  await scheduleReminder({ personId: "lena", emailNumber: 2 }, when + 1000);
  const alarms = await fakeBrowser.alarms.getAll();
  expect(alarms).toEqual([expect.objectContaining({ name: "follow-up:2:lena", scheduledTime: when + 1000 })]);
});

test("a due alarm shows a notification naming the email and the person; a click opens the composer", async () => {
  await fakeBrowser.alarms.onAlarm.trigger({ name: "follow-up:2:lena", scheduledTime: Date.now() });
  await vi.waitFor(async () => {
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown).toMatchObject({ "follow-up:2:lena": { message: "Time for email 2 to Lena Hoffmann" } });
  });
  const create = vi.spyOn(fakeBrowser.tabs, "create");
  await fakeBrowser.notifications.onClicked.trigger("follow-up:2:lena");
  expect(create).toHaveBeenCalledWith({ url: composerUrl("lena") });
  expect(composerUrl("lena")).toMatch(/\/popup\.html\?person=lena$/);
});

test("no notification when that email was already sent by hand", async () => {
  const sequence = await saveSequence(
    db,
    { id: "seq", personId: "lena", language: "en", formality: "sie", emails: [], createdAt: 0, updatedAt: 0 },
    1,
  );
  for (const step of ["attention", "curiosity"] as const) {
    await recordSent(db, { personId: "lena", sequenceId: sequence.id, step, subjectVariant: "A", at: Date.now() });
  }
  await fakeBrowser.alarms.onAlarm.trigger({ name: "follow-up:2:lena", scheduledTime: Date.now() });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await fakeBrowser.notifications.getAll()).toEqual({});
});

test("the notification's buttons record a reply or a bounce for that email and close it", async () => {
  await recordSent(db, { personId: "lena", sequenceId: "seq", step: "attention", subjectVariant: "A", at: 1000 });
  await fakeBrowser.alarms.onAlarm.trigger({ name: "follow-up:2:lena", scheduledTime: Date.now() });
  await vi.waitFor(async () => {
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown).toMatchObject({ "follow-up:2:lena": { buttons: [{ title: "Replied" }, { title: "Bounced" }] } });
  });
  await fakeBrowser.notifications.onButtonClicked.trigger("follow-up:2:lena", 0);
  const events = await db.outreachEvents.where("personId").equals("lena").sortBy("at");
  expect(events.map((event) => event.type)).toEqual(["sent", "replied-neutral"]);
  expect((await db.people.get("lena"))?.status).toBe("replied");
  expect(await fakeBrowser.notifications.getAll()).toEqual({});
  await fakeBrowser.notifications.onButtonClicked.trigger("follow-up:2:lena", 1);
  expect((await db.outreachEvents.toArray()).map((event) => event.type)).toContain("bounced");
  await fakeBrowser.notifications.onButtonClicked.trigger("retention", 0);
  expect(await db.outreachEvents.count()).toBe(3);
});

test("no reminder once the prospect replied, met, decided or asked not to be contacted", async () => {
  for (const status of ["replied", "meeting", "won", "lost", "do-not-contact"] as const) {
    await db.people.update("lena", { status });
    await fakeBrowser.alarms.onAlarm.trigger({ name: "follow-up:3:lena", scheduledTime: Date.now() });
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await fakeBrowser.notifications.getAll()).toEqual({});
});
