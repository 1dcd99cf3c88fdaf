import { withoutStoredSignals } from "../capture/signals";
import type { Company, ResearchPageState, ResearchRun, Signal } from "../model";
import { newId } from "../model";
import { canonicalCompanyUrl } from "../pages";
import { toCompanyFields } from "../research/to-model";
import type { SiteResearch, SiteSignal } from "../research/types";
import type { ProspectDatabase } from "./database";
import { appendHistory, mergeCapturedFields } from "./merge";

export const siteResearchExtractor = { extractor: "site-research", extractorVersion: "1.0.0" } as const;

export async function startResearchRun(db: ProspectDatabase, startUrl: string, domain: string, now = Date.now()) {
  const run: ResearchRun = { id: newId(), domain, startUrl, state: "running", pages: [], startedAt: now };
  await db.researchRuns.add(run);
  return run;
}

export async function updateResearchProgress(db: ProspectDatabase, runId: string, pages: readonly ResearchPageState[]) {
  await db.researchRuns.update(runId, { pages: pages.map((page) => ({ ...page })) });
}

/**
 * Stores a finished research in one transaction: the company (matched by its
 * LinkedIn URL from the site's social links, else by domain, else by name), its
 * dated signals, and the run with its findings.
 */
export async function finishResearchRun(
  db: ProspectDatabase,
  run: ResearchRun,
  outcome: { pages: readonly ResearchPageState[]; research: SiteResearch; cancelled: boolean },
  now = Date.now(),
): Promise<ResearchRun> {
  return db.transaction("rw", [db.companies, db.signals, db.researchRuns], async () => {
    const website = new URL(run.startUrl).origin;
    const found = toCompanyFields(outcome.research, { website, domain: run.domain });
    const linkedinUrl = canonicalCompanyUrl(outcome.research.company.social.linkedin ?? "");
    const existing = await findCompany(db, linkedinUrl, run.domain, found.name);
    // A head count and a headline a site states are estimates beside LinkedIn's size band and
    // tagline: they fill a gap, never replace what LinkedIn said.
    const fields = {
      ...found,
      sizeBand: existing?.sizeBand ? undefined : found.sizeBand,
      tagline: existing?.tagline ? undefined : found.tagline,
    };
    const provenance = { sourceUrl: run.startUrl, capturedAt: now, ...siteResearchExtractor };
    const merged = mergeCapturedFields(existing, existing?.sources ?? {}, fields, {}, provenance);
    const company: Company = {
      ...merged.fields,
      id: existing?.id ?? newId(),
      linkedinUrl: existing?.linkedinUrl ?? linkedinUrl,
      domain: run.domain,
      sources: merged.sources,
      history: appendHistory(existing?.history ?? [], merged.changes),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.companies.put(company);
    const signals = outcome.research.signals.map((signal) => toSignal(signal, company.id, run.startUrl, now));
    const stored = await db.signals.where("companyId").equals(company.id).toArray();
    await db.signals.bulkAdd(withoutStoredSignals(signals, stored));
    const finished: ResearchRun = {
      ...run,
      state: outcome.cancelled ? "cancelled" : "done",
      pages: [...outcome.pages],
      finishedAt: now,
      companyId: company.id,
      result: outcome.research,
    };
    await db.researchRuns.put(finished);
    return finished;
  });
}

async function findCompany(db: ProspectDatabase, linkedinUrl: string | undefined, domain: string, name: string) {
  if (linkedinUrl) {
    const byUrl = await db.companies.where("linkedinUrl").equals(linkedinUrl).first();
    if (byUrl) return byUrl;
  }
  const byDomain = await db.companies.where("domain").equals(domain).first();
  if (byDomain) return byDomain;
  const lower = name.toLowerCase();
  return db.companies.filter((company) => company.name.toLowerCase() === lower).first();
}

function toSignal(signal: SiteSignal, companyId: string, fallbackUrl: string, now: number): Signal {
  const date = signal.date ? Date.parse(signal.date) : Number.NaN;
  return {
    id: newId(),
    type: signal.type,
    companyId,
    summary: signal.summary,
    wording: signal.wording,
    quote: signal.quote.slice(0, 5000),
    date: Number.isFinite(date) && date > 0 ? date : now,
    provenance: { sourceUrl: webUrlOr(signal.sourceUrl, fallbackUrl), capturedAt: now, ...siteResearchExtractor },
  };
}

function webUrlOr(url: string, fallback: string): string {
  return /^https?:\/\//i.test(url) ? url : fallback;
}
