/**
 * Whose page is this? Checks that names and top cards belong to the profile in the
 * address bar, so that the viewer, sidebar people or the previous profile after in-app
 * navigation are never taken for it.
 */
import { profileSlugOf } from "../dom";

/** Longest text accepted as a person's name; anything longer is page text, not a name. */
export const maxNameLength = 150;

/**
 * Headings and titles of the pages shown instead of a profile (private, deleted or mistyped
 * addresses), English and German. Such a page names nobody.
 */
const unavailablePhrases = [
  "could not be found",
  "not found",
  "isn't public or doesn't exist",
  "isn’t public or doesn’t exist",
  "profile is not available",
  "profile isn't available",
  "profile isn’t available",
  "page doesn't exist",
  "page doesn’t exist",
  "nicht gefunden",
  "nicht verfügbar",
  "existiert nicht",
];

/**
 * True for text that cannot be a person's name: a notice of an unavailable page, or a sentence
 * ("An exact match for … could not be found."), which a name heading never is.
 */
export function isNotAName(text: string): boolean {
  const lower = text.toLowerCase();
  if (unavailablePhrases.some((phrase) => lower.includes(phrase))) return true;
  if (!/[.!?]$/.test(text)) return false;
  // "Prof. Dr. med. Hans Peter Müller M.Sc." ends with a dot too, but few of its words start lower-case.
  const words = text.split(/\s+/);
  return words.length >= 5 && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 3;
}

/** Lower-case letter/digit tokens of a name, accents removed ("Jürgen O'Neil" → ["jurgen", "oneil"]). */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f']/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= 2);
}

/** True when two names share a token: "Lena Hoffmann" and "Dr. Lena Hoffmann, PhD" do; two people rarely. */
export function sameName(a: string, b: string): boolean {
  const tokens = new Set(nameTokens(a));
  return nameTokens(b).some((token) => tokens.has(token));
}

/** True when the profile slug spells part of the name ("lena-hoffmann-4a1b2c" and "Lena Hoffmann"). */
export function nameMatchesSlug(name: string, slug: string): boolean {
  const letters = nameTokens(slug).join("");
  return nameTokens(name).some((token) => token.length >= 3 && letters.includes(token));
}

/** True for profile addresses by member id ("acoaaa…") rather than by vanity name. */
export function isMemberId(slug: string): boolean {
  return /^acoaa[\w-]{20,}$/i.test(slug);
}

/** The decoded slug of a canonical profile URL. */
export function slugOfProfileUrl(profileUrl: string): string {
  return profileSlugOf(profileUrl) ?? "";
}

/**
 * The person a `<title>` names: "(3) Lena Hoffmann | LinkedIn", "Experience | Lena Hoffmann | LinkedIn",
 * "Lena Hoffmann - Head of Data - Nordlicht | LinkedIn" (public) → "Lena Hoffmann".
 */
export function nameFromTitle(title: string): string | undefined {
  const withoutBadge = title.replace(/^\s*\(\d+\+?\)\s*/, "").trim();
  const segments = withoutBadge.split(/\s+\|\s+/);
  if (segments.length < 2 || !/linkedin/i.test(segments[segments.length - 1] ?? "")) return undefined;
  const last = segments[segments.length - 2] ?? "";
  const name = last.split(/\s+[-–]\s+/)[0]?.trim();
  return name && name.length <= maxNameLength && !isNotAName(name) ? name : undefined;
}

/** Names written in links to the profile (`/in/<slug>`) anywhere on the page: proof that a name is theirs. */
export function namesLinkedToSlug(doc: Document, slug: string): string[] {
  const names: string[] = [];
  for (const link of Array.from(doc.querySelectorAll('a[href*="/in/"]'))) {
    if (profileSlugOf(link.getAttribute("href")) !== slug) continue;
    const text = (link.textContent ?? link.getAttribute("aria-label") ?? "").replace(/\s+/g, " ").trim();
    if (text && text.length <= maxNameLength) names.push(text);
  }
  return names;
}

/**
 * The current page's name from the stacked `<title>`s in-app navigation leaves: the last
 * one that the page confirms (slug spells it, or a link to the profile carries it). A single
 * unconfirmed title is accepted; among several, unconfirmed ones are stale.
 */
export function verifiedTitleName(doc: Document, slug: string): string | undefined {
  const names = Array.from((doc.head ?? doc).querySelectorAll("title"))
    .map((title) => nameFromTitle(title.textContent ?? ""))
    .filter((name): name is string => !!name);
  if (names.length === 0) return undefined;
  let linked: string[] | undefined;
  for (const name of [...names].reverse()) {
    if (nameMatchesSlug(name, slug)) return name;
    linked ??= namesLinkedToSlug(doc, slug);
    if (linked.some((text) => sameName(text, name))) return name;
  }
  return names.length === 1 ? names[0] : undefined;
}

/**
 * The slug the top card around the name belongs to, read from the link wrapping the name
 * (2026) or the card's contact-info / about-this-profile links (2022-2025). Undefined when
 * the card carries no profile link.
 */
export function topCardSlug(nameElement: Element, topCard: Element): string | undefined {
  const wrapping = profileSlugOf(nameElement.closest("a")?.getAttribute("href"));
  if (wrapping) return wrapping;
  const overlay = topCard.querySelector('a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"]');
  return profileSlugOf(overlay?.getAttribute("href"));
}
