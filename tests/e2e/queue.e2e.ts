import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, test } from "vitest";
import { buildQueueRows, emptyFilter, filterRows, type QueueFilter, sortRows } from "../../lib/queue";
import {
  type FictionalData,
  fictionalPerson,
  fictionalProspects,
  seedDatabase,
} from "../../scripts/bench/sidepanel-data.mjs";
import { readTable } from "../../scripts/corpus/read-table.mjs";
import { type ExtensionSession, projectFile, servePage, startExtension } from "./harness";

const day = 86_400_000;
let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
});
afterEach(async () => {
  await session.close();
});

/** 1,000 fictional prospects, three of them ready with signals, and this week's outreach. */
function fixture(now: number): FictionalData {
  const data = fictionalProspects(1000, now);
  const ready = (i: number, id: string, name: string, score: number) =>
    fictionalPerson(i, now, { id, name, status: "ready", score, tier: score >= 80 ? "A" : "B", companyId: undefined });
  data.people.push(
    ready(2001, "ready-fresh", "Katrin Müller", 78),
    ready(2002, "ready-best", "Zoë Dupré", 94),
    ready(2003, "ready-stale", "Søren Berg", 82),
  );
  const signal = data.signals[0];
  if (!signal) throw new Error("The fixture has no signals to copy.");
  data.signals.push(
    { ...signal, id: "signal-fresh", type: "job-change", personId: "ready-fresh", date: now - day },
    { ...signal, id: "signal-best", type: "post", personId: "ready-best", date: now - 90 * day },
    { ...signal, id: "signal-stale", type: "post", personId: "ready-stale", date: now - 50 * day },
  );
  const event = (id: string, type: "sent" | "opened", at: number) => ({ id, personId: "person-1", type, at });
  data.outreachEvents.push(
    event("sent-1", "sent", now),
    event("sent-2", "sent", now),
    event("sent-3", "sent", now),
    event("opened-1", "opened", now),
    event("sent-last-week", "sent", now - 8 * day),
  );
  return data;
}

/** What the list should show for a filter, worked out from the seeded data with the same pure functions. */
function expected(data: FictionalData, filter: Partial<QueueFilter>) {
  const companies = new Map(data.companies.map((company) => [company.id, company.name]));
  return sortRows(
    filterRows(buildQueueRows(data.people, companies, data.signals), { ...emptyFilter, ...filter }),
    "score",
  );
}

async function seededPanel(): Promise<{ panel: Page; data: FictionalData }> {
  const data = fixture(Date.now());
  const panel = await session.openExtensionPage("sidepanel.html");
  await seedDatabase(panel, data);
  await panel.reload();
  return { panel, data };
}

const count = (panel: Page) => panel.getByTestId("queue-count").textContent();
const shownNames = (panel: Page) => panel.getByTestId("queue-row-name").allTextContents();

test("all prospects: search as you type, filter by tier, open with the keyboard, delete one", async () => {
  const { panel, data } = await seededPanel();
  await panel.getByRole("tab", { name: "All prospects" }).click();
  await expect.poll(() => count(panel), { timeout: 15_000 }).toBe("1003 of 1003 prospects");

  await panel.getByRole("searchbox", { name: "Search prospects" }).pressSequentially("mueller");
  const muellers = expected(data, { query: "mueller" });
  expect(muellers.length).toBeGreaterThan(10);
  await expect.poll(() => count(panel)).toBe(`${muellers.length} of 1003 prospects`);
  for (const name of await shownNames(panel)) expect(name).toContain("Müller");

  await panel.getByRole("button", { name: "A", exact: true }).click();
  const tierA = expected(data, { query: "mueller", tiers: ["A"] });
  await expect.poll(() => count(panel)).toBe(`${tierA.length} of 1003 prospects`);
  const tiers = await panel.locator(".queue-row .queue-tier").allTextContents();
  expect(tiers.length).toBeGreaterThan(0);
  expect(new Set(tiers)).toEqual(new Set(["A"]));

  // ArrowDown leaves the search field for the list (first row), ArrowDown again moves to the second.
  await panel.getByRole("searchbox", { name: "Search prospects" }).focus();
  await panel.keyboard.press("ArrowDown");
  const list = panel.getByRole("listbox", { name: "Prospects" });
  await expect.poll(() => list.evaluate((element) => element === document.activeElement)).toBe(true);
  await panel.keyboard.press("ArrowDown");
  await panel.keyboard.press("Enter");
  await expect.poll(() => panel.getByTestId("person-name").textContent()).toBe(tierA[1]?.name);

  await panel.getByRole("tab", { name: "All prospects" }).click();
  await panel.getByRole("searchbox", { name: "Search prospects" }).fill("zoe dupre");
  await expect.poll(() => shownNames(panel)).toEqual(["Zoë Dupré"]);
  await list.focus();
  await panel.keyboard.press(" ");
  await panel.getByRole("button", { name: "Delete selected" }).click();
  const dialog = panel.getByRole("dialog", { name: "Delete Zoë Dupré?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect.poll(() => count(panel)).toBe("0 of 1002 prospects");
  expect(await panel.getByTestId("queue-state").textContent()).toContain("No prospect matches");
  const leftovers = (await readTable(panel, "signals")).filter((signal) => signal.personId === "ready-best").length;
  expect(leftovers).toBe(0);
});

test("this week: ready prospects by fit and signal freshness, with the weekly cap", async () => {
  const { panel } = await seededPanel();
  await panel.getByRole("tab", { name: "This week" }).click();
  await expect.poll(() => shownNames(panel), { timeout: 15_000 }).toEqual(["Katrin Müller", "Zoë Dupré", "Søren Berg"]);
  expect(await panel.getByTestId("queue-cap").textContent()).toBe("3 of 50 sent this week");

  await panel.getByTestId("queue-row").nth(2).click();
  await expect.poll(() => panel.getByTestId("person-name").textContent()).toBe("Søren Berg");
});

test("a prospect captured while the list is open shows up in it, live; the retention setting is saved", async () => {
  const panel = await session.openExtensionPage("sidepanel.html");
  await panel.getByRole("tab", { name: "All prospects" }).click();
  await panel.getByRole("searchbox", { name: "Search prospects" }).fill("lena");
  await expect.poll(() => panel.getByTestId("queue-state").textContent()).toContain("No prospects yet");

  const { context } = session;
  await servePage(context, "https://www.linkedin.com/**", projectFile("scripts/demo/pages/linkedin-profile-lena.html"));
  await (await context.newPage()).goto("https://www.linkedin.com/in/lena-hoffmann-demo/");
  await expect.poll(() => shownNames(panel), { timeout: 15_000 }).toEqual(["Lena Hoffmann"]);
  expect(await count(panel)).toBe("1 of 1 prospects");

  await expect.poll(() => panel.getByText("Prospects are kept until you delete them.").count()).toBe(1);
  await panel.getByLabel("Delete prospects untouched for (days, 0 = never)").fill("90");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect
    .poll(() => panel.getByText("Prospects untouched for 90 days are deleted automatically.").count())
    .toBe(1);
});
