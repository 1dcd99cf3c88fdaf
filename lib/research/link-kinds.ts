import { firstMatching, regexSet } from "./regex-set";
import type { PageKind } from "./types";

/** Key-page vocabulary in English and German, matched against path segments and link text. */
export interface KindRule {
  kind: PageKind;
  /** Whole path segment (slug), lower case, umlauts as written or transliterated. */
  segment: RegExp;
  /** Link text, case-insensitive. */
  text: RegExp;
  /** How much the page is worth fetching. */
  priority: number;
}

export const kindRules: readonly KindRule[] = [
  {
    kind: "impressum",
    segment:
      /^(impressum|imprint|legal-notice|site-notice|legal|rechtliches|impressum-und-datenschutz|impressum-datenschutz|datenschutz-impressum|datenschutz-und-impressum|legal-information|anbieterkennzeichnung)$/,
    text: /^(impressum|imprint|legal notice|site notice|rechtliche hinweise|rechtliches|legal information|anbieterkennzeichnung|impressum (?:&|und|\/) datenschutz|datenschutz (?:&|und|\/) impressum|imprint (?:&|and) privacy|privacy (?:&|and) imprint)$/i,
    priority: 9,
  },
  {
    kind: "about",
    segment:
      /^(about|about-us|aboutus|ueber-uns|uber-uns|über-uns|ueber|über|company|unternehmen|wir|who-we-are|wer-wir-sind|our-story|unsere-geschichte|das-unternehmen|wir-ueber-uns|unternehmensprofil|firmenprofil|company-profile|our-company|about-company|ueber-mich|about-me)$/,
    text: /^(about|about us|über uns|ueber uns|wir über uns|company|unternehmen|das unternehmen|unser unternehmen|our company|unternehmensprofil|wir|who we are|wer wir sind|our story|über mich|about me)$/i,
    priority: 8,
  },
  {
    kind: "team",
    segment:
      /^(team|our-team|unser-team|das-team|people|our-people|meet-the-team|leadership|leadership-team|management|management-team|geschaeftsfuehrung|geschaeftsleitung|founders|menschen|mitarbeiter|mitarbeitende|ansprechpartner)$/,
    text: /^(team|our team|unser team|das team|meet the team|people|our people|leadership|leadership team|management|management team|geschäftsführung|geschäftsleitung|founders|menschen|ansprechpartner)$/i,
    priority: 7,
  },
  {
    kind: "careers",
    segment:
      /^(careers?|jobs?|karriere|stellenangebote|stellen|offene-stellen|join-us|join|work-with-us|jobs-karriere|karriere-jobs|jobs-und-karriere|karriere-und-jobs|vacancies|open-positions|offene-positionen|join-our-team|arbeiten-bei-uns|jobangebote|stellenmarkt)$/,
    text: /^(careers?|jobs|karriere|stellenangebote|offene stellen|join us|join our team|work with us|we're hiring|we are hiring|wir stellen ein|open positions|offene positionen|arbeiten bei uns|jobs (?:&|und) karriere|karriere (?:&|und) jobs)$/i,
    priority: 8,
  },
  {
    kind: "pricing",
    segment:
      /^(pricing|preise|prices|plans|tarife|preisgestaltung|kosten|pakete|packages|pricing-plans|plans-and-pricing|preise-und-pakete)$/,
    text: /^(pricing|preise|plans|plans (?:&|and) pricing|pricing (?:&|and) plans|tarife|prices|pakete|packages|preise (?:&|und) pakete)$/i,
    priority: 6,
  },
  {
    kind: "customers",
    // An agency's projects are its references.
    segment:
      /^(customers|case-studies|kunden|referenzen|success-stories|references|customer-stories|fallstudien|kundenstimmen|testimonials|erfolgsgeschichten|unsere-kunden|our-customers|projekte|referenzprojekte|kundenprojekte|unsere-projekte|projects|our-projects|our-work)$/,
    text: /^(customers|our customers|case studies|kunden|unsere kunden|referenzen|success stories|customer stories|kundenstimmen|testimonials|erfolgsgeschichten|projekte|unsere projekte|referenzprojekte|projects|our projects|our work)$/i,
    priority: 5,
  },
  {
    kind: "press",
    segment:
      /^(press|news|presse|newsroom|media|aktuelles|neuigkeiten|pressemitteilungen|press-releases|pressebereich|presseportal|press-room|pressroom|media-center|in-the-news)$/,
    text: /^(press|news|presse|newsroom|aktuelles|neuigkeiten|pressemitteilungen|press releases|pressebereich|in the news|press (?:&|and) media|presse (?:&|und) (?:medien|news)|news (?:&|und) presse)$/i,
    priority: 5,
  },
  {
    kind: "blog",
    segment: /^(blog|magazin|magazine|insights|journal|ratgeber|wissen|artikel|articles)$/,
    text: /^(blog|magazin|magazine|insights|ratgeber|wissen|artikel|articles)$/i,
    priority: 4,
  },
];

/**
 * Sections for what a company sells: below them, "team", "management" or "insights" name a product
 * or a service ("Cloud Management", a chat app "for teams"), not the company's page. Its prices and
 * references stay key pages, and an Impressum is one wherever it is filed.
 */
export const offeringSegment =
  /^(services|leistungen|solutions|loesungen|lösungen|products?|produkte?|features|funktionen|platform|plattform|use-cases|industries|branchen|integrations|integrationen)$/;

/** Kinds a page below an offering section can still be. */
export const offeringKinds: ReadonlySet<PageKind> = new Set(["pricing", "customers", "impressum"]);

/** Hosted job boards: the only links followed off the company's own domain. */
export const jobBoardHosts: readonly RegExp[] = [
  /^[\w-]+\.jobs\.personio\.(de|com)$/,
  /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/,
  /^jobs(\.eu)?\.lever\.co$/,
  /^apply\.workable\.com$/,
  /^jobs\.ashbyhq\.com$/,
  /^[\w-]+\.recruitee\.com$/,
  /^(www\.)?join\.com$/,
  /^[\w-]+\.teamtailor\.com$/,
  /^(jobs|careers)\.smartrecruiters\.com$/,
  /^[\w-]+\.softgarden\.io$/,
  /^[\w-]+\.breezy\.hr$/,
  /^jobs\.jobvite\.com$/,
  /^ats\.rippling\.com$/,
  /^app\.dover\.com$/,
  /^[\w-]+\.careers\.hibob\.com$/,
  // rexx systems career sites on the vendor's host ("moorbrand-jobs.rexx-systems.com"); its own site is "www".
  /^(?!www\.)[\w-]+\.rexx-systems\.com$/,
  // Tenants' boards only: the vendors' own hosts (their app, help centre, site) are no boards.
  /^(?!(?:www|app|api|cdn|static|help|support|blog|status|feed|admin)\.)[\w-]+\.(?:factorialhr\.com|homerun\.co|pinpointhq\.com|dvinci-hr\.com|dvinci-easy\.com|concludis\.de|onlyfy\.jobs)$/,
];

// The hosts' expressions (all anchored) as one.
const anyJobBoardHost = regexSet(jobBoardHosts, "");

export function isJobBoardUrl(url: URL): boolean {
  const host = url.hostname;
  if (firstMatching(anyJobBoardHost, host) < 0) return false;
  // join.com and Dover host much more than job boards: only their boards' and ads' pages count.
  if (/join\.com$/.test(host)) return url.pathname.startsWith("/companies/");
  return host !== "app.dover.com" || /^\/(?:jobs|apply)\//.test(url.pathname);
}
