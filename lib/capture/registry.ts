import type { Capture } from "../model";
import { isLinkedInCompany, isLinkedInProfile } from "../pages";
import { extractLinkedInCompany } from "./linkedin/company";
import { extractLinkedInProfile } from "./linkedin/profile";

/** Page type → extractor. The content script asks here what to read on the current address. */
const extractors: {
  matches: (url: string) => boolean;
  extract: (doc: Document, url: string) => Capture | undefined;
}[] = [
  { matches: isLinkedInProfile, extract: extractLinkedInProfile },
  { matches: isLinkedInCompany, extract: extractLinkedInCompany },
];

/** Runs the extractor for the address, or returns undefined for pages that describe no prospect. */
export function captureLinkedInPage(doc: Document, url: string): Capture | undefined {
  const extractor = extractors.find((candidate) => candidate.matches(url));
  return extractor?.extract(doc, url);
}

/** Whether the address is a page type the content script reads at all (feed, search, messaging are not). */
export function isCapturablePage(url: string): boolean {
  return extractors.some((candidate) => candidate.matches(url));
}
