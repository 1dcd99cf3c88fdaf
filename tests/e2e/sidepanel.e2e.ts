import { afterEach, beforeEach, expect, test } from "vitest";
import { readTables, seedTables } from "../../scripts/bench/dashboard.mjs";
import { routeDemoPages } from "../../scripts/demo/routes.mjs";
import { type ExtensionSession, startExtension } from "./harness";

let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
  await routeDemoPages(session.context);
});
afterEach(async () => {
  await session.close();
});

test("a user sees signals, picks three suggested facts, adds a selection as a fourth candidate, and finds the prospect in This week", async () => {
  const { context } = session;
  const companyPage = await context.newPage();
  await companyPage.goto("https://www.linkedin.com/company/nordlicht-analytics/");
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect
    .poll(() => panel.getByTestId("company-name").textContent(), { timeout: 15_000 })
    .toBe("Nordlicht Analytics GmbH");

  const profile = await context.newPage();
  await profile.goto("https://www.linkedin.com/in/lena-hoffmann-demo/");
  await panel.bringToFront();
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");

  const signals = panel.getByTestId("signals");
  await expect.poll(() => signals.textContent(), { timeout: 10_000 }).toContain("Raised $12M");
  const signalText = (await signals.textContent()) ?? "";
  expect(signalText).toContain("Started as Head of Revenue Operations");
  expect(signalText).toContain("Posted about");

  const suggestions = panel.getByTestId("suggested-facts");
  for (let picked = 1; picked <= 3; picked++) {
    await suggestions.getByRole("button", { name: "Use" }).first().click();
    await expect.poll(() => panel.getByTestId("facts-count").textContent()).toContain(`${picked} of 3`);
  }
  expect(await panel.getByTestId("picked-facts").locator("li").count()).toBe(3);
  // The suggestions are used up, not missing: the panel does not ask for a capture that was made.
  expect(await panel.getByTestId("no-suggestions").textContent()).toContain("Every suggestion is in use");
  await expect.poll(() => panel.getByTestId("readiness").textContent()).toBe("Ready for drafting.");
  expect(await panel.getByTestId("status").inputValue()).toBe("ready");

  // Facts picked in the English panel are told in German in a German email.
  const pickedText = (await panel.getByTestId("picked-facts").textContent()) ?? "";
  expect(pickedText).toContain("Started as Head of Revenue Operations");
  const popup = await session.openExtensionPage("popup.html");
  await popup.getByTestId("email-action").waitFor();
  await popup.locator("#draft-language").selectOption("de");
  const bodies = async () =>
    (
      await Promise.all(
        ["attention", "curiosity", "credibility", "action"].map((step) =>
          popup.getByTestId(`email-${step}`).getByTestId("draft-body").inputValue(),
        ),
      )
    ).join("\n");
  await expect.poll(bodies).toContain("Neu als Head of Revenue Operations");
  expect(await bodies()).not.toContain("Started as Head of Revenue Operations");
  await popup.close();

  // The context menu's "Add selection as fact" sends this message with the selected text.
  const selected = await profile.evaluate(() => {
    const paragraph = Array.from(document.querySelectorAll("span")).find((span) =>
      span.textContent?.startsWith("I help B2B"),
    );
    if (!paragraph) return "";
    getSelection()?.selectAllChildren(paragraph);
    return getSelection()?.toString() ?? "";
  });
  expect(selected).toContain("forecast revenue");
  const reply = await panel.evaluate(
    (text) =>
      chrome.runtime.sendMessage({
        type: "fact/add-selection",
        text,
        pageUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
      }),
    selected,
  );
  expect(reply).toEqual({ ok: true });
  const candidates = panel.getByTestId("candidate-facts");
  await expect.poll(() => candidates.textContent()).toContain("forecast revenue they can trust");
  expect(await candidates.getByRole("button", { name: "Use" }).isDisabled()).toBe(true);

  await panel.getByRole("tab", { name: "This week" }).click();
  await expect.poll(() => panel.locator("main").textContent()).toContain("Lena Hoffmann");
});

/** Lena's profile visited, then the side panel showing her. */
async function panelShowingLena() {
  const profile = await session.context.newPage();
  await profile.goto("https://www.linkedin.com/in/lena-hoffmann-demo/");
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");
  return panel;
}

test("the company page lists the people already captured there", async () => {
  const { context } = session;
  const panel = await panelShowingLena();
  const companyPage = await context.newPage();
  await companyPage.goto("https://www.linkedin.com/company/nordlicht-analytics/about/");
  await panel.bringToFront();
  await expect
    .poll(() => panel.getByTestId("company-people").textContent(), { timeout: 15_000 })
    .toContain("Lena Hoffmann");
});

test("a reply is one click in the side panel and counts on the dashboard for the email it answers", async () => {
  const panel = await panelShowingLena();
  const outcomes = panel.getByTestId("outcomes");
  await expect.poll(() => outcomes.textContent()).toContain("Nothing to record yet");

  // An email marked as sent an hour ago (the popup's "Mark as sent" writes the same record).
  const { people } = await readTables(panel, ["people"]);
  const lena = people?.find((person) => person.name === "Lena Hoffmann");
  if (typeof lena?.id !== "string") throw new Error("Lena Hoffmann was not captured");
  const sentAt = Date.now() - 3_600_000;
  await seedTables(panel, {
    outreachEvents: [
      { id: "sent-1", personId: lena.id, type: "sent", step: "attention", subjectVariant: "A", at: sentAt },
    ],
  });
  await panel.reload();
  await outcomes.getByRole("button", { name: "Positive reply" }).click();
  await expect.poll(() => outcomes.getByRole("status").textContent()).toBe("Recorded: Positive reply.");
  await expect.poll(() => outcomes.locator("li").count()).toBe(1);
  expect(await panel.getByTestId("status").inputValue()).toBe("replied");

  const dashboard = await session.openExtensionPage("dashboard.html");
  await expect
    .poll(() => dashboard.getByTestId("metric-replyRate").locator(".dash-value").textContent(), { timeout: 15_000 })
    .toBe("100%");
});
