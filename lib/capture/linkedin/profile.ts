import type { PersonCapture, PersonFields } from "../../model";
import { canonicalProfileUrl } from "../../pages";
import { firstText, hasType, jsonLdObjects } from "../dom";
import { profileSelectors } from "./profile-selectors";

export const profileExtractorId = "linkedin-profile";
export const profileExtractorVersion = "1.0.0";

/** The fields health reports on for a profile, in the order they are shown. */
export const profileFields = ["name", "headline"] as const;

type Found = { value: string; strategy: string };

/**
 * Reads the person of the profile in the address bar from the page. Pure over
 * (document, url): never navigates, scrolls or clicks.
 */
export function extractLinkedInProfile(doc: Document, url: string, now = Date.now()): PersonCapture | undefined {
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl) return undefined;
  const found: Partial<Record<(typeof profileFields)[number], Found>> = {
    name: nameFromJsonLd(doc, profileUrl) ?? fromDom(doc, profileSelectors.name, "dom-heading"),
    headline: fromDom(doc, profileSelectors.headline, "dom-headline"),
  };
  const health = {
    found: Object.fromEntries(Object.entries(found).map(([field, f]) => [field, f.strategy])),
    missing: profileFields.filter((field) => !found[field]),
  };
  const name = found.name?.value;
  const person: PersonFields | undefined = name ? { name, headline: found.headline?.value } : undefined;
  return {
    kind: "person",
    url,
    profileUrl,
    capturedAt: now,
    extractor: profileExtractorId,
    extractorVersion: profileExtractorVersion,
    health,
    person,
    strategies: health.found,
  };
}

function fromDom(doc: Document, selectors: readonly string[], strategy: string): Found | undefined {
  const value = firstText(doc, selectors);
  return value ? { value, strategy } : undefined;
}

/** Public profiles carry a JSON-LD Person; only trust the one whose URL is this profile. */
function nameFromJsonLd(doc: Document, profileUrl: string): Found | undefined {
  for (const object of jsonLdObjects(doc)) {
    if (!hasType(object, "Person") || typeof object.name !== "string") continue;
    const url = typeof object.url === "string" ? canonicalProfileUrl(object.url) : undefined;
    if (url && url !== profileUrl) continue;
    return { value: object.name.trim(), strategy: "json-ld" };
  }
  return undefined;
}
