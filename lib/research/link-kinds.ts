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
    segment: /^(impressum|imprint|legal-notice|site-notice|legal|rechtliches|impressum-und-datenschutz)$/,
    text: /^(impressum|imprint|legal notice|site notice|rechtliche hinweise)$/i,
    priority: 9,
  },
  {
    kind: "about",
    segment:
      /^(about|about-us|aboutus|ueber-uns|uber-uns|über-uns|ueber|über|company|unternehmen|wir|who-we-are|wer-wir-sind|our-story|unsere-geschichte|das-unternehmen)$/,
    text: /^(about|about us|über uns|ueber uns|company|unternehmen|wir|who we are|wer wir sind|our story)$/i,
    priority: 8,
  },
  {
    kind: "team",
    segment: /^(team|our-team|unser-team|das-team|people|leadership|management|geschaeftsfuehrung|founders)$/,
    text: /^(team|our team|unser team|das team|people|leadership|management|geschäftsführung|founders)$/i,
    priority: 7,
  },
  {
    kind: "careers",
    segment:
      /^(careers?|jobs?|karriere|stellenangebote|stellen|offene-stellen|join-us|join|work-with-us|jobs-karriere|karriere-jobs|vacancies)$/,
    text: /^(careers?|jobs|karriere|stellenangebote|offene stellen|join us|work with us|we're hiring|wir stellen ein)$/i,
    priority: 8,
  },
  {
    kind: "pricing",
    segment: /^(pricing|preise|prices|plans|tarife|preisgestaltung|kosten)$/,
    text: /^(pricing|preise|plans|plans & pricing|tarife|prices)$/i,
    priority: 6,
  },
  {
    kind: "customers",
    segment: /^(customers|case-studies|kunden|referenzen|success-stories|references|customer-stories|fallstudien)$/,
    text: /^(customers|case studies|kunden|referenzen|success stories|customer stories)$/i,
    priority: 5,
  },
  {
    kind: "press",
    segment: /^(press|news|presse|newsroom|media|aktuelles|neuigkeiten|pressemitteilungen|press-releases)$/,
    text: /^(press|news|presse|newsroom|aktuelles|neuigkeiten|pressemitteilungen)$/i,
    priority: 5,
  },
  {
    kind: "blog",
    segment: /^(blog|magazin|magazine|insights|journal)$/,
    text: /^(blog|magazin|insights)$/i,
    priority: 4,
  },
];

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
];

// The hosts' expressions (all anchored) as one.
const anyJobBoardHost = regexSet(jobBoardHosts, "");

export function isJobBoardUrl(url: URL): boolean {
  const host = url.hostname;
  if (firstMatching(anyJobBoardHost, host) < 0) return false;
  // join.com hosts much more than job boards: only its company pages count.
  return !/join\.com$/.test(host) || url.pathname.startsWith("/companies/");
}
