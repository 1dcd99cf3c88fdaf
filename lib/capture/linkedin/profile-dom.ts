/**
 * Strategy "dom-semantic": reads the rendered page by structure and visible text, for
 * every layout (2016 public to the 2026 server-driven one). The top card gives name,
 * headline, location and counts; sections give the rest (see profile-dom-entries.ts).
 */
import { type TextLine, textLines } from "../dom";
import { parseLabelledCount } from "./parse";
import { cleanName, cleanParagraphs, cleanText, compact, type PersonDraft } from "./profile-draft";
import { isMemberId, isNotAName, nameMatchesSlug, namesLinkedToSlug, sameName, topCardSlug } from "./profile-identity";
import { isControl, type Sections, sectionBody } from "./profile-sections";
import { labelWords, profileSelectors, topCardNoise } from "./profile-selectors";

export interface TopCard {
  name: string;
  /** The top card is visibly another profile's (stale DOM after in-app navigation). */
  foreign: boolean;
  draft: PersonDraft;
}

/**
 * The top card of the profile `slug`. `knownName` (from JSON) confirms the heading; a heading
 * no source confirms, or one whose card links to another profile, is not taken.
 */
export function readTopCard(doc: Document, slug: string, knownName?: string): TopCard | undefined {
  // One query for the whole fallback list, then tried in the list's order.
  const candidates = Array.from(doc.querySelectorAll(profileSelectors.name.join(", ")));
  let linkedNames: string[] | undefined;
  for (const [index, selector] of profileSelectors.name.entries()) {
    for (const element of candidates.filter((candidate) => candidate.matches(selector)).slice(0, 5)) {
      const name = cleanName(textLines(element)[0]?.text);
      // A "profile not found" page keeps the h1 where the name would be.
      if (!name || isNotAName(name)) continue;
      const card = element.closest("section") ?? cardAround(element);
      const owner = topCardSlug(element, card);
      // An address by member id (/in/ACoAA…) cannot be compared with the card's vanity links.
      if (owner && owner !== slug && !isMemberId(slug)) return { name, foreign: true, draft: {} };
      if (knownName && !sameName(knownName, name)) return { name, foreign: true, draft: {} };
      // The 2026 fallbacks (no h1) only count when the link around the heading is this profile.
      const confirmed = owner === slug || index < 2 || nameMatchesSlug(name, slug);
      linkedNames ??= confirmed ? [] : namesLinkedToSlug(doc, slug);
      if (!confirmed && !linkedNames.some((linked) => sameName(linked, name))) continue;
      return { name, foreign: false, draft: readCard(card, element, name) };
    }
  }
  return undefined;
}

/**
 * The top card of a layout without sections: the nearest ancestor that shows more than the
 * name (2014-2015 public pages wrap the name, the headline and the location in their own divs).
 */
function cardAround(nameElement: Element): Element {
  let card = nameElement.parentElement?.parentElement ?? nameElement;
  for (let level = 0; level < 4; level++) {
    const parent = card.parentElement;
    if (linesAfter(textLines(card, 24), nameElement).length >= 2 || !parent || /^(?:BODY|MAIN)$/.test(parent.tagName))
      break;
    card = parent;
  }
  return card;
}

function readCard(card: Element, nameElement: Element, name: string): PersonDraft {
  const lines = linesAfter(textLines(card), nameElement).slice(0, 40);
  const useful = lines.filter((line) => line.text !== name && !topCardNoise.some((noise) => noise.test(line.text)));
  return compact({
    name,
    headline: headlineOf(card, useful),
    location: markedLocation(card) ?? locationOf(useful),
    connections: countIn(lines, labelWords.connections),
    followers: countIn(lines, labelWords.followers),
  });
}

/** Lines that come after the name heading (the name may sit in a skipped button on public pages). */
function linesAfter(lines: TextLine[], nameElement: Element): TextLine[] {
  const start = lines.findIndex(
    (line) => !nameElement.contains(line.node) && nameElement.compareDocumentPosition(line.node) & 4,
  );
  return start < 0 ? [] : lines.slice(start);
}

function headlineOf(card: Element, lines: TextLine[]): string | undefined {
  const marked = markedText(card, profileSelectors.headline, 500);
  if (marked) return marked;
  const first = lines[0]?.text;
  return first && !isLabelLine(first) ? cleanText(first, 500) : undefined;
}

/** The first line of the first element a layout marks for a field. */
function markedText(card: Element, selectors: readonly string[], max: number): string | undefined {
  for (const selector of selectors) {
    const marked = card.querySelector(selector);
    const text = marked ? cleanText(textLines(marked)[0]?.text, max) : undefined;
    if (text) return text;
  }
  return undefined;
}

/** The marked location, unless the marked item is a count (a subline without a location starts with followers). */
function markedLocation(card: Element): string | undefined {
  const text = markedText(card, profileSelectors.location, 200);
  return text && !isLabelLine(text) ? text : undefined;
}

/** The line before "Contact info" (every logged-in layout and public 2020+), or after a "Location" label (2016). */
function locationOf(lines: TextLine[]): string | undefined {
  const texts = lines.map((line) => line.text);
  for (const [index, text] of texts.entries()) {
    const label = labelWords.contactInfo.find((word) => text.toLowerCase().endsWith(word));
    if (!label) continue;
    // "Berlin · Contact info" on one line (2022-2025), or the location on the line before (2026, public).
    const before = text.slice(0, text.length - label.length).trim() || (index > 0 ? texts[index - 1] : undefined);
    return cleanText(before?.replace(/\s*[·•]\s*$/, ""), 200);
  }
  const label = texts.findIndex((text) => includesWord(labelWords.location, text));
  if (label >= 0) return cleanText(texts[label + 1], 200);
  // No label at all (pages without contact info): the first place-like line after the headline
  // that is no link to an employer or school ("University of Galway, Ireland" beside the name).
  const place = lines
    .slice(1, 8)
    .find((line) => placeLike.test(line.text) && !isLabelLine(line.text) && !line.node.closest(organisationLink));
  return cleanText(place?.text, 200);
}

const organisationLink = 'a[href*="/company/"], a[href*="/school/"]';

/** "Hamburg, Germany", "Greater Munich Metropolitan Area, Bavaria": words and commas, no digits. */
const placeLike = /^[\p{L}][\p{L} .'’()-]*,\s?[\p{L} .'’(),-]+$/u;

/** "500+ connections" on one line, or "500+" and "connections" on two (2026). */
function countIn(lines: TextLine[], labels: readonly string[]): number | undefined {
  for (const [index, line] of lines.entries()) {
    const joined = `${line.text} ${lines[index + 1]?.text ?? ""}`;
    const count = parseLabelledCount(line.text, labels) ?? parseLabelledCount(joined, labels);
    if (count !== undefined) return count;
  }
  return undefined;
}

function includesWord(words: readonly string[], text: string): boolean {
  return words.includes(text.toLowerCase().replace(/[:\s]+$/, ""));
}

function isLabelLine(text: string): boolean {
  return (
    includesWord(labelWords.contactInfo, text) ||
    includesWord(labelWords.location, text) ||
    parseLabelledCount(text, labelWords.connections) !== undefined ||
    parseLabelledCount(text, labelWords.followers) !== undefined
  );
}

/** About, languages and the follower count of the activity card. */
export function readSections(sections: Sections): PersonDraft {
  return compact({
    about: sections.about ? aboutOf(sections.about) : undefined,
    languages: sections.languages ? languagesOf(sections.languages) : undefined,
    followers: sections.activity
      ? countIn(sectionBody(sections.activity, 6).slice(0, 4), labelWords.followers)
      : undefined,
  });
}

function aboutOf(section: Element): string | undefined {
  const lines = sectionBody(section).map((line) => line.text.replace(/…$/, "").trim());
  return cleanParagraphs(lines.filter((text) => text && !isControl(text)).join("\n"));
}

function languagesOf(section: Element): string[] | undefined {
  const names = sectionBody(section)
    .map((line) => line.text)
    .filter((text) => text.length <= 60 && !labelWords.proficiency.some((word) => text.toLowerCase().includes(word)));
  return names.length ? [...new Set(names)] : undefined;
}
