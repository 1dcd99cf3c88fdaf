import type { FundingRound } from "../model/company";
import { withoutBareHiring } from "./bare-hiring";
import { cityOf } from "./contact";
import { distinctPosts } from "./distinct-posts";
import { mergeRounds } from "./funding";
import { dedupePeople } from "./people";
import { emptyCompany } from "./research-page";
import { unique } from "./text";
import type { Impressum, PageKind, PageResearch, SiteCompany, SiteJob, SitePerson, SiteResearch } from "./types";

/** Merges per-page results into one view of the company; pages that know a field best win it. */

// Which pages to believe first for the single-valued company fields.
const kindOrder: readonly PageKind[] = [
  "home",
  "about",
  "team",
  "impressum",
  "pricing",
  "customers",
  "careers",
  "press",
  "blog",
  "other",
  "job-board",
];

export function mergeResearch(pages: readonly PageResearch[]): SiteResearch {
  const ordered = [...pages].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const impressum = bestImpressum(pages);
  return {
    pages: [...pages],
    company: mergeCompany(ordered, impressum),
    impressum,
    people: mergePeople(ordered, impressum),
    jobs: mergeJobs(pages),
    signals: withoutBareHiring(
      dedupeBy(
        pages.flatMap((page) => page.signals),
        (signal) => `${signal.type}|${signal.quote}`,
      ),
    ).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "")),
    posts: distinctPosts(pages.flatMap((page) => page.posts))
      .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
      .slice(0, 10),
    status: Object.fromEntries(pages.map((page) => [page.url, page.status])),
  };
}

function mergeCompany(pages: readonly PageResearch[], impressum: Impressum | undefined): SiteCompany {
  const companies = pages.map((page) => page.company);
  const first = <K extends keyof SiteCompany>(key: K): SiteCompany[K] | undefined =>
    companies.map((company) => company[key]).find((value) => value !== undefined);
  const all = <T>(pick: (company: SiteCompany) => readonly (T | undefined)[]): T[] =>
    companies.flatMap(pick).filter((v): v is T => v !== undefined);
  const pricingPage = pages.find((page) => page.kind === "pricing" && page.company.pricing);
  return {
    ...emptyCompany(),
    name: first("name"),
    tagline: first("tagline"),
    legalName: impressum?.legalName ?? first("legalName"),
    description: first("description"),
    industryHints: unique(all((company) => company.industryHints)),
    headquarters: first("headquarters") ?? cityOf(impressum?.address ?? ""),
    addresses: unique([...all((company) => company.addresses), impressum?.address]),
    founded: first("founded"),
    employeeHints: dedupeBy(
      all((company) => company.employeeHints),
      (hint) => hint.text.toLowerCase(),
    ),
    locations: unique(all((company) => company.locations)),
    social: Object.assign({}, ...[...companies].reverse().map((company) => company.social)),
    customers: unique(all((company) => company.customers)),
    pricing: pricingPage?.company.pricing ?? first("pricing"),
    products: unique(all((company) => company.products)),
    technologies: unique(all((company) => company.technologies)),
    funding: mergeRounds(all<FundingRound>((company) => company.funding)),
  };
}

/** The Impressum page's reading, else the richest one found on another page. */
function bestImpressum(pages: readonly PageResearch[]): Impressum | undefined {
  const found = pages.filter((page) => page.impressum).sort((a, b) => richness(b) - richness(a));
  return (found.find((page) => page.kind === "impressum") ?? found[0])?.impressum;
}

function richness(page: PageResearch): number {
  const impressum = page.impressum;
  if (!impressum) return 0;
  return Object.values(impressum).filter((value) => (Array.isArray(value) ? value.length : value !== undefined)).length;
}

function mergePeople(pages: readonly PageResearch[], impressum: Impressum | undefined): SitePerson[] {
  const directors = (impressum?.managingDirectors ?? []).map(
    (name): SitePerson => ({ name, role: "Managing Director", source: "impressum" }),
  );
  const people = [...pages.flatMap((page) => page.people), ...directors];
  // "Dr. Clara Jensen" in the Impressum is "Clara Jensen" on the team page.
  return dedupePeople(people, (person) => person.name.replace(/^(?:(?:Prof|Dr)\.\s*)+/, "").toLowerCase());
}

function mergeJobs(pages: readonly PageResearch[]): SiteJob[] {
  // Job boards list jobs most completely; the careers page repeats them with less detail.
  const ranked = [...pages].sort((a, b) => Number(b.kind === "job-board") - Number(a.kind === "job-board"));
  return dedupeBy(
    ranked.flatMap((page) => page.jobs),
    (job) => job.title.toLowerCase(),
  );
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
