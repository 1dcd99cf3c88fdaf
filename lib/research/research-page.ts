import { extractCompany, statedIndustries } from "./company";
import { mergeRounds } from "./funding";
import { extractImpressum, footerImpressum, looksLikeImpressum } from "./impressum";
import { extractJobs } from "./jobs";
import { isJobBoardUrl } from "./link-kinds";
import { classifyUrl, discoverKeyPages } from "./links";
import { type PageReading, readPage } from "./page";
import { withPageMemo } from "./page-memo";
import { companyFounders, extractPeople } from "./people";
import { extractPosts } from "./posts";
import { extractSignals, hiringFromJobs } from "./signals";
import { detectTechnologies } from "./tech";
import { clean, joinedLines } from "./text";
import type { PageKind, PageResearch, ResponseHeaders, SiteCompany, SitePost, SiteSignal } from "./types";
import { parseUrl } from "./url";

/** What else is known of a page besides its document. */
export interface PageSource {
  /** The response headers when the page was fetched (they reveal hosting and CDNs). */
  headers?: ResponseHeaders;
  /** The markup the document was parsed from: the fingerprints read it rather than the document serialised again. */
  markup?: string;
}

/** Runs every extractor on one page. Never throws: a failing extractor leaves its part empty and is named in `status`. */
export function researchPage(doc: Document, url: string, source: PageSource = {}): PageResearch {
  return withPageMemo(() => readAll(doc, url, source));
}

function readAll(doc: Document, url: string, { headers, markup }: PageSource): PageResearch {
  const errors = new Map<string, string>();
  function attempt<T>(name: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      errors.set(name, error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500));
      return fallback;
    }
  }
  // The extractors that visit the page's elements run together, before the two that allocate the
  // most (the markup for technologies, Readability's copy of the page): a garbage collection
  // between them drops the elements' script wrappers, and rebuilding those made walks dearer.
  const kind = attempt("kind", () => pageKind(url), "other");
  const company = attempt("company", () => ownFacts(extractCompany(doc, url), kind, doc), emptyCompany());
  const people = attempt(
    "people",
    () => (teamlessKinds.has(kind) ? companyFounders(doc, url) : extractPeople(doc, url)),
    [],
  );
  const jobs = attempt("jobs", () => extractJobs(doc, url), []);
  const impressum = attempt(
    "impressum",
    () => (kind === "impressum" || looksLikeImpressum(doc) ? extractImpressum(doc, url) : footerImpressum(doc, url)),
    undefined,
  );
  const keyPages = attempt("links", () => discoverKeyPages(doc, url), []);
  const techDetections = attempt("technologies", () => detectTechnologies(doc, url, headers, markup), []);
  company.technologies = techDetections.map((detection) => detection.name);
  const reading = attempt<PageReading | undefined>("page", () => readPage(doc, url), undefined);
  const posts = attempt("posts", () => extractPosts(doc, url, reading?.meta), []);
  const signals = attempt("signals", () => {
    const found = extractSignals(reading?.mainLines ?? [], url, reading?.meta.publishedAt, reading?.meta.title);
    const hiring = hiringFromJobs(jobs, url);
    const listed = kind === "press" ? releaseSignals(posts, url) : [];
    // A release read from its own post carries its own date and address: it replaces the main text's
    // reading, which quotes the same title alone or as the heading over its lead.
    const told = new Set(listed.map((signal) => signal.quote));
    const retold = (signal: SiteSignal) => told.has(signal.quote) || told.has(signal.summary);
    return [...(hiring ? [hiring] : []), ...listed, ...found.filter((signal) => !retold(signal))];
  }, []);
  if (kind === "home") company.tagline = attempt("tagline", () => homeHeadline(doc), undefined);
  company.funding = mergeRounds(signals.flatMap((signal) => (signal.funding ? [signal.funding] : [])));
  const failed = reportOrder.filter((name) => errors.has(name));
  return {
    url,
    kind,
    meta: reading?.meta,
    mainText: reading ? joinedLines(reading.mainLines).slice(0, maxMainText) || undefined : undefined,
    company,
    impressum,
    people,
    jobs,
    signals,
    posts,
    keyPages,
    techDetections,
    status: {
      ok: failed.length === 0,
      failed,
      errors: Object.fromEntries(failed.map((name) => [name, errors.get(name) ?? ""])),
    },
  };
}

/** Failures are reported in the order the page is read: address, text, company and so on. */
const reportOrder = [
  "kind",
  "page",
  "company",
  "technologies",
  "jobs",
  "signals",
  "tagline",
  "impressum",
  "people",
  "posts",
  "links",
];

const maxMainText = 20_000;

// A post or a job board names others beside the team: press contacts, the investors of a round, a
// guest author. The team is read from the site's other pages; here only the founders the company's own
// sentences name ("Kranwerk was founded in 2019 by …"). Reading no cards is also cheaper.
const teamlessKinds: ReadonlySet<PageKind> = new Set(["press", "blog", "job-board"]);

/**
 * A case study tells of the customer: its founding year, seat, staff and offices are not the company's.
 * A job ad's or an article's title and summary tell of the job or the topic ("Senior Marketing BI
 * Analyst", "What our AI survey found"): there only the company's structured data and name tell its industry.
 */
function ownFacts(company: SiteCompany, kind: PageKind, doc: Document): SiteCompany {
  if (kind === "job-board" || kind === "blog")
    return { ...company, industryHints: statedIndustries(doc, company.name) };
  if (kind !== "customers") return company;
  return { ...company, founded: undefined, headquarters: undefined, employeeHints: [], locations: [] };
}

// A press listing names many releases; the newest few are news enough.
const maxReleaseSignals = 5;

/**
 * On a press listing the main text may keep only one release: the others are read from their
 * titles, each dated and sourced by its own post ("Kranwerk eröffnet Standort in Wien", 2025-03-12).
 */
function releaseSignals(posts: readonly SitePost[], url: string): SiteSignal[] {
  const quoted = new Set<string>();
  return posts
    .filter((post) => post.url !== url)
    .flatMap((post) => extractSignals([post.title], post.url, post.date))
    .filter((signal) => !quoted.has(signal.quote) && Boolean(quoted.add(signal.quote)))
    .slice(0, maxReleaseSignals);
}

function homeHeadline(doc: Document): string | undefined {
  const headline = clean(doc.querySelector("h1")?.textContent);
  return headline.length >= 10 && headline.length <= 160 ? headline : undefined;
}

/** The kind of page an address is, from its path: "/" is the home page. */
export function pageKind(url: string): PageKind {
  const parsed = parseUrl(url);
  if (!parsed) return "other";
  if (isJobBoardUrl(parsed)) return "job-board";
  return (
    classifyUrl(parsed) ??
    (parsed.pathname.replace(/\/(index\.html?)?$/, "") === "" || /^\/[a-z]{2}\/?$/.test(parsed.pathname)
      ? "home"
      : "other")
  );
}

export function emptyCompany(): SiteCompany {
  return {
    industryHints: [],
    addresses: [],
    employeeHints: [],
    locations: [],
    social: {},
    customers: [],
    products: [],
    technologies: [],
    funding: [],
  };
}
