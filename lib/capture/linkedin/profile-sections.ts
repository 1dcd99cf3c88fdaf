/**
 * Finds a profile's sections by what a reader sees: the heading text ("Experience",
 * "Berufserfahrung"), with section ids and data attributes as fallbacks. Works for the
 * 2026 layout, whose sections have neither ids nor stable classes.
 */
import { type TextLine, textLines } from "../dom";
import { labelWords, profileSelectors, type SectionName, sectionLabels } from "./profile-selectors";

export type Sections = Partial<Record<SectionName, Element>>;

const sectionNames = Object.keys(sectionLabels) as SectionName[];

/** The first section for each name, looked up once per capture. */
export function findSections(doc: Document): Sections {
  const found: Sections = {};
  for (const section of Array.from(doc.querySelectorAll("section"))) {
    const heading = section.querySelector("h1, h2, h3");
    if (heading && isWrapper(section, heading)) continue;
    const title = heading ? textLines(heading)[0]?.text.toLowerCase() : undefined;
    const name = title ? sectionNames.find((candidate) => matchesLabel(title, sectionLabels[candidate])) : undefined;
    if (name && !found[name]) found[name] = section;
  }
  const hooks = Object.entries(profileSelectors.sectionHooks) as [SectionName, readonly string[]][];
  const wanted = hooks.filter(([name]) => !found[name]);
  if (wanted.length === 0) return found;
  // One query for every fallback hook: each selector list is a full scan on a large page.
  const matches = Array.from(doc.querySelectorAll(wanted.flatMap(([, selectors]) => selectors).join(", ")));
  for (const [name, selectors] of wanted) {
    for (const selector of selectors) {
      const hook = matches.find((element) => element.matches(selector));
      if (hook) {
        found[name] = hook.closest("section") ?? hook;
        break;
      }
    }
  }
  return found;
}

/**
 * A card that groups several titled sections (2016-2019 "background": experience, education,
 * volunteering) shows its first child's heading first; it is none of them.
 */
function isWrapper(section: Element, heading: Element): boolean {
  if (heading.closest("section") === section) return false;
  const titled = Array.from(section.querySelectorAll("section")).filter((inner) => inner.querySelector("h1, h2, h3"));
  return titled.length > 1;
}

function matchesLabel(title: string, labels: readonly string[]): boolean {
  return labels.some((label) => title === label);
}

/** The lines of a section below its heading, without expanders, "Show all" links and edit links. */
export function sectionBody(section: Element, maxLines?: number): TextLine[] {
  const heading = section.querySelector("h1, h2, h3");
  // One query up front: only the owner's own profile has edit links, so most pages skip the per-line climb.
  const hasEditLinks = section.querySelector(editLink) !== null;
  return textLines(section, maxLines).filter(
    (line) =>
      !(heading && (heading === line.node || heading.contains(line.node))) &&
      !isControl(line.text) &&
      !(hasEditLinks && isEditLink(line.node)),
  );
}

const editLink = 'a[href*="/edit/"]';

/**
 * On the owner's own profile every entry starts with a link to its edit form, whose hidden
 * label ("Edit position Engineer") would read as the entry's first line.
 */
export function isEditLink(node: Element): boolean {
  return node.closest(editLink) !== null;
}

/** "…more", "Show all 7 experiences", "Alle anzeigen": controls, not content. */
export function isControl(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    (labelWords.controls as readonly string[]).includes(lower) ||
    /^(?:show all|alle \d* ?\S* ?anzeigen|see all)/.test(lower) ||
    lower === "…"
  );
}
