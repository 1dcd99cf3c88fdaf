import { canonicalCompanyUrl, canonicalProfileUrl } from "../pages";

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

/**
 * The web page the user is looking at. Extension pages (the popup or side panel
 * opened as a tab) are skipped in favour of the most recently used web tab.
 */
export function pickWebTab<T extends TabLike>(tabs: readonly T[]): T | undefined {
  const web = tabs.filter((tab) => tab.url !== undefined && /^https?:/i.test(tab.url));
  const active = web.find((tab) => tab.active);
  if (active) return active;
  return [...web].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export type Subject = { kind: "person"; key: string } | { kind: "company"; key: string } | { kind: "none" };

/** What a tab's address is about: a LinkedIn person, a LinkedIn company, or nothing we track. */
export function subjectOfUrl(url: string | undefined): Subject {
  if (!url) return { kind: "none" };
  const person = canonicalProfileUrl(url);
  if (person) return { kind: "person", key: person };
  const company = canonicalCompanyUrl(url);
  if (company) return { kind: "company", key: company };
  return { kind: "none" };
}
