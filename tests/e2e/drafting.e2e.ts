import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, test } from "vitest";
import { readTable } from "../../scripts/corpus/read-table.mjs";
import { type ExtensionSession, projectFile, servePage, startExtension } from "./harness";

// Fictional people and companies only.
const profileUrl = "https://www.linkedin.com/in/lena-hoffmann-demo/";
const recipient = "lena.hoffmann@nordlicht.example";
const steps = ["attention", "curiosity", "credibility", "action"];
let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await servePage(
    session.context,
    "https://www.linkedin.com/**",
    projectFile("scripts/demo/pages/linkedin-profile-lena.html"),
  );
  // Gmail stays on the machine: a stand-in page answers the compose URL.
  await servePage(session.context, "https://mail.google.com/**", "<!doctype html><title>Gmail stand-in</title>");
});
afterEach(async () => {
  await session.close();
});

/** Visits the profile and waits until the popup shows the captured person. */
async function captureLena(): Promise<void> {
  const linkedin = await session.context.newPage();
  await linkedin.goto(profileUrl);
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");
  await panel.close();
}

/** Fills the offer editor on the options page like a user would. */
async function writeOffer(): Promise<Page> {
  const options = await session.openExtensionPage("options.html");
  await options.locator("#offer-productName").fill("Lotse Dispatch");
  await options.locator("#offer-problem").fill("manual dispatch planning");
  await options.getByRole("button", { name: "Add: Success metrics (with numbers)" }).click();
  await options.locator("#offer-successMetrics-0-value").fill("40");
  await options.locator("#offer-successMetrics-0-unit").fill("%");
  await options.locator("#offer-successMetrics-0-label").fill("less time on dispatch planning");
  await options.locator("#offer-currentAlternative-what").fill("spreadsheets and phone calls");
  await options.locator("#offer-currentAlternative-shortfall").fill("nobody sees delays until a customer calls");
  await options.locator("#offer-senderName").fill("Mara Kessler");
  await options.getByRole("button", { name: "Save offer" }).click();
  await expect.poll(() => options.getByRole("status").last().textContent()).toBe("Offer saved.");
  return options;
}

/** Adds selected facts and an ICP score for Lena straight into the extension's IndexedDB. */
async function seedFacts(page: Page, facts: string[], score: number): Promise<void> {
  await page.evaluate(
    async ({ profileUrl, facts, score }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await done(indexedDB.open("prospect-scout"));
      const tx = db.transaction(["people", "facts"], "readwrite");
      const people = tx.objectStore("people");
      const person = await done(people.index("profileUrl").get(profileUrl));
      await done(people.put({ ...person, score }));
      for (const [index, text] of facts.entries()) {
        await done(
          tx.objectStore("facts").put({
            id: crypto.randomUUID(),
            personId: person.id,
            text,
            selected: true,
            origin: "manual",
            createdAt: Date.now() + index,
          }),
        );
      }
      db.close();
    },
    { profileUrl, facts, score },
  );
}

type StoredEvent = { type: string; step?: string; note?: string; angle?: string };

async function outreachEvents(page: Page): Promise<StoredEvent[]> {
  return (await readTable(page, "outreachEvents")) as StoredEvent[];
}

const facts = [
  "Nordlicht Analytics opened a second office in Berlin this year",
  "Lena wrote about replacing spreadsheets in revenue operations",
  "The company is hiring three RevOps analysts",
];

test("four dated emails are drafted, copied exactly, handed to Gmail and marked as sent", async () => {
  await captureLena();
  const options = await writeOffer();
  await seedFacts(options, facts, 80);

  const popup = await session.openExtensionPage("popup.html");
  const cards = steps.map((step) => popup.getByTestId(`email-${step}`));
  await cards[3]?.waitFor();
  expect(await popup.getByTestId("gates").count()).toBe(0);
  const bodies = await Promise.all(cards.map((card) => card.getByTestId("draft-body").inputValue()));
  const subjects = await Promise.all(cards.map((card) => card.getByTestId("draft-subject").inputValue()));
  expect(new Set(bodies).size).toBe(4);
  expect(new Set(subjects).size).toBe(4);
  for (const card of cards) expect(await card.getByTestId("send-slot").textContent()).toMatch(/\d{1,2}.*\d{2}:\d{2}/);

  await popup.locator("#recipient-other").fill(recipient);
  await popup.getByRole("button", { name: "Use", exact: true }).click();
  await expect.poll(() => popup.getByTestId("recipient-address").textContent()).toBe(recipient);

  const first = popup.getByTestId("email-attention");
  await first.getByRole("button", { name: "Copy email" }).click();
  await expect.poll(() => first.getByRole("status").textContent()).toBe("Copied to the clipboard.");
  const clipboard = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { text: "", html: "" };
    return {
      text: await (await item.getType("text/plain")).text(),
      html: await (await item.getType("text/html")).text(),
    };
  });
  expect(clipboard.text).toBe(bodies[0]);
  expect(clipboard.html).toContain("<p>");

  const [gmail] = await Promise.all([
    session.context.waitForEvent("page"),
    first.getByRole("button", { name: "Open in Gmail" }).click(),
  ]);
  await gmail.waitForURL(/^https:\/\/mail\.google\.com\//);
  const params = new URL(gmail.url()).searchParams;
  expect(params.get("to")).toBe(recipient);
  expect(params.get("su")).toBe(subjects[0]);
  expect(params.get("body")).toBe(bodies[0]);

  await first.getByRole("button", { name: "Mark as sent" }).click();
  await expect.poll(() => first.getByRole("status").textContent()).toContain("Marked as sent");
  // The "sent on" line follows the stored event, a moment after the button's own status.
  await expect.poll(() => first.getByTestId("sent-at").count()).toBe(1);
  const sent = (await outreachEvents(popup)).filter((event) => event.type === "sent");
  expect(sent).toMatchObject([{ type: "sent", step: "attention", angle: expect.stringMatching(/^[ab]$/) }]);
  const angleShown = await first.getByTestId("draft-angle").textContent();
  expect(angleShown).toContain(sent[0]?.angle === "a" ? "Cost of today's way" : "Result others got");
  const alarms = (await popup.evaluate("chrome.alarms.getAll()")) as { name: string }[];
  expect(alarms.map((alarm) => alarm.name)).toContainEqual(expect.stringMatching(/^follow-up:2:/));

  const [download] = await Promise.all([
    popup.waitForEvent("download"),
    popup.getByRole("button", { name: "Export plan (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("sequence-Lena-Hoffmann.ics");
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  expect(ics).toContain("Lena Hoffmann");
});

test("an edited email survives closing the popup", async () => {
  await captureLena();
  const options = await writeOffer();
  await seedFacts(options, facts, 80);
  const popup = await session.openExtensionPage("popup.html");
  const subject = popup.getByTestId("email-curiosity").getByTestId("draft-subject");
  await subject.fill("Eine Frage zur Disposition");
  await popup.waitForTimeout(300);
  await popup.close();
  const again = await session.openExtensionPage("popup.html");
  await expect
    .poll(() => again.getByTestId("email-curiosity").getByTestId("draft-subject").inputValue())
    .toBe("Eine Frage zur Disposition");
});

test("a prospect with only two facts is blocked until an override with a reason is logged", async () => {
  await captureLena();
  const options = await writeOffer();
  await seedFacts(options, facts.slice(0, 2), 80);

  const popup = await session.openExtensionPage("popup.html");
  const gates = popup.getByTestId("gates");
  await expect.poll(() => gates.textContent()).toContain("Only 2 of 3 facts selected");
  const copy = popup.getByTestId("email-attention").getByRole("button", { name: "Copy email" });
  expect(await copy.isDisabled()).toBe(true);

  await popup.getByRole("button", { name: "Send anyway" }).click();
  await expect.poll(() => popup.getByRole("alert").first().textContent()).toBe("State a reason to override.");
  await popup.getByLabel("Reason to send anyway").fill("She asked me to send details");
  await popup.getByRole("button", { name: "Send anyway" }).click();
  await expect.poll(() => copy.isDisabled()).toBe(false);
  const overrides = (await outreachEvents(popup)).filter((event) => event.type === "override");
  expect(overrides).toMatchObject([{ note: "She asked me to send details" }]);
});

test("the offer editor shows what is wrong next to the field and saves nothing", async () => {
  const options = await session.openExtensionPage("options.html");
  await options.getByRole("button", { name: "Add: Success metrics (with numbers)" }).click();
  await options.locator("#offer-successMetrics-0-value").fill("forty");
  await options.getByRole("button", { name: "Save offer" }).click();
  await expect.poll(() => options.locator("#offer-productName-error").textContent()).toBe("Required.");
  expect(await options.locator("#offer-successMetrics-0-value-error").textContent()).toContain("Enter a number");
  expect(await options.locator("#offer-productName").getAttribute("aria-invalid")).toBe("true");
  expect(await options.evaluate(() => document.activeElement?.id)).toBe("offer-productName");
  const storedOffers = (await readTable(options, "offers")).length;
  expect(storedOffers).toBe(0);
});
