// Company-site pages of the corpus: a user clicks "Research this site" in the side
// panel; the runner does the same, with the page served at its address and the site's
// permission granted, and reads the research the extension stored.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchWithExtension } from "../lib/browser.mjs";
import { readTable } from "./read-table.mjs";

export async function researchSite(corpusDir, file, entry) {
  const origin = new URL(entry.url).origin;
  const session = await launchWithExtension({ grantedHosts: [`${origin}/*`] });
  try {
    const html = readFileSync(join(corpusDir, file));
    await session.context.route(
      (url) => url.href === entry.url,
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }),
    );
    const page = await session.context.newPage();
    await page.goto(entry.url, { waitUntil: "domcontentloaded" });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByRole("button", { name: "Research this site" }).click({ timeout: 10_000 });
    let run;
    for (let waited = 0; waited < 30_000; waited += 250) {
      [run] = await readTable(panel, "researchRuns");
      if (run && run.state !== "running") break;
      await panel.waitForTimeout(250);
    }
    return { mapped: mapSite(run?.result), error: run?.state === "running" ? "research did not finish" : run?.error };
  } finally {
    await session.close();
  }
}

/** A stored website research in the corpus's descriptive field names. */
function mapSite(research) {
  if (!research) return {};
  const { company, impressum, jobs, signals, people, pages } = research;
  const funding = [...company.funding, ...signals.flatMap((s) => (s.funding ? [s.funding] : []))];
  return {
    raw: research,
    name: [company.name, company.legalName, impressum?.legalName].filter(Boolean),
    legalName: impressum?.legalName ?? company.legalName,
    managingDirectors: impressum?.managingDirectors ?? [],
    register: impressum?.registerNumber,
    vatId: impressum?.vatId,
    language: pages[0]?.meta?.lang,
    jobTitles: jobs.map((job) => job.title),
    signals: signals.map((signal) => signal.type),
    fundingAmounts: funding.flatMap((round) => (round.amount ? [String(round.amount)] : [])),
    fundingRounds: funding.flatMap((round) => (round.round ? [round.round] : [])),
    investors: funding.flatMap((round) => round.investors ?? []),
    technologies: company.technologies,
    people: people.map((person) => `${person.name}${person.role ? ` (${person.role})` : ""}`),
    plans: company.pricing?.plans.map((plan) => plan.name) ?? [],
  };
}
