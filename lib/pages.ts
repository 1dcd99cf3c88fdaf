/**
 * Page detection as pure URL predicates. Each lists real-looking example URLs;
 * tests/pages.test.ts checks that every predicate accepts its own examples and
 * rejects all the others.
 */

export interface PagePredicate {
  (url: string | URL): boolean;
  examples: readonly string[];
}

function predicate(test: (url: URL) => boolean, examples: readonly string[]): PagePredicate {
  const check = (url: string | URL): boolean => {
    const parsed = toUrl(url);
    return parsed !== undefined && test(parsed);
  };
  return Object.assign(check, { examples });
}

export function toUrl(url: string | URL): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** www.linkedin.com and country subdomains (de., se., …), over https only. */
export function isLinkedInHost(url: URL): boolean {
  return url.protocol === "https:" && (url.hostname === "linkedin.com" || url.hostname.endsWith(".linkedin.com"));
}

const profilePath =
  /^\/in\/([^/]+)\/?(?:(details\/(?:experience|education|skills|languages)|recent-activity(?:\/[a-z-]+)?|overlay\/contact-info)\/?)?$/i;
const companyPath = /^\/company\/([^/]+)\/?(?:(about|jobs|people|life|posts)\/?)?$/i;

export const isLinkedInProfile = predicate(
  (url) => isLinkedInHost(url) && profilePath.test(url.pathname),
  [
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/",
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c",
    "https://de.linkedin.com/in/lena-hoffmann-4a1b2c?originalSubdomain=de",
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/details/experience/",
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/details/education/",
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/recent-activity/all/",
    "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/overlay/contact-info/",
  ],
);

export const isLinkedInCompany = predicate(
  (url) => isLinkedInHost(url) && companyPath.test(url.pathname),
  [
    "https://www.linkedin.com/company/nordlicht-analytics/",
    "https://www.linkedin.com/company/nordlicht-analytics",
    "https://www.linkedin.com/company/nordlicht-analytics/about/",
    "https://www.linkedin.com/company/nordlicht-analytics/jobs/",
    "https://www.linkedin.com/company/nordlicht-analytics/people/",
    "https://se.linkedin.com/company/nordlicht-analytics",
  ],
);

/** LinkedIn pages that never describe one prospect: feed, search, messaging, jobs search. */
export const isLinkedInOther = predicate(
  (url) => isLinkedInHost(url) && !isLinkedInProfile(url) && !isLinkedInCompany(url),
  [
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/search/results/people/?keywords=analytics",
    "https://www.linkedin.com/messaging/thread/2-abc/",
    "https://www.linkedin.com/jobs/search/?keywords=engineer",
  ],
);

/** Any ordinary web page outside LinkedIn: a candidate for website research. */
export const isCompanyWebsite = predicate(
  (url) => (url.protocol === "https:" || url.protocol === "http:") && !isLinkedInHost(url),
  [
    "https://www.nordlicht-analytics.example/",
    "https://brightwave.example/ueber-uns",
    "http://kaffeekontor.example/impressum",
  ],
);

/** The canonical profile URL: one person, one address, whatever view or subdomain. */
export function canonicalProfileUrl(url: string | URL): string | undefined {
  const parsed = toUrl(url);
  if (!parsed || !isLinkedInProfile(parsed)) return undefined;
  const slug = profilePath.exec(parsed.pathname)?.[1];
  return slug ? `https://www.linkedin.com/in/${decodeSlug(slug)}/` : undefined;
}

/** The canonical company URL, whatever tab or subdomain. */
export function canonicalCompanyUrl(url: string | URL): string | undefined {
  const parsed = toUrl(url);
  if (!parsed || !isLinkedInCompany(parsed)) return undefined;
  const slug = companyPath.exec(parsed.pathname)?.[1];
  return slug ? `https://www.linkedin.com/company/${decodeSlug(slug)}/` : undefined;
}

/** Slugs are compared lower-case and percent-decoded so that two spellings of one address match. */
function decodeSlug(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape stays as written.
  }
  return encodeURIComponent(decoded.toLowerCase());
}
