/**
 * Experience and education entries read from any layout without class names. Every entry
 * shows one date-range line ("Jan 2020 – Present · 3 yrs", "2016 – 2020"); the largest
 * element around it that holds no other date line is the entry. Lines before the date are
 * title and company (school and degree); a role with only a title belongs to a group whose
 * header (company, total duration, location) precedes the group's roles.
 */
import type { Education, Position } from "../../model";
import { type TextLine, textLines } from "../dom";
import { type DateRange, isDuration, parseDateRange } from "./parse";
import { cleanText, compact, companyUrl } from "./profile-draft";
import { isControl, isEditLink, sectionBody } from "./profile-sections";
import { labelWords } from "./profile-selectors";

interface Entry {
  block: Element;
  /** Lines of the entry before its date line. */
  before: string[];
  /** Lines of the entry after its date line. */
  after: string[];
  range: DateRange;
  /** The date line itself. */
  dateLine: string;
  /** Header lines of the group the entry belongs to (grouped roles only). */
  header: TextLine[];
}

export function readExperience(section: Element): Position[] {
  return entriesOf(section)
    .map(toPosition)
    .filter((position): position is Position => !!position);
}

/** Schools with dates, plus schools shown without years (found by their school link or as a dated entry's twin). */
export function readEducation(section: Element): Education[] {
  const dated = entriesOf(section).flatMap((entry) => {
    const education = toEducation(entry);
    return education ? [{ block: entry.block, education }] : [];
  });
  const undated = undatedSchools(
    section,
    dated.map(({ block }) => block),
  );
  if (undated.length === 0) return dated.map(({ education }) => education);
  // Positions from one pass over the section: comparing positions pairwise walks long sibling lists.
  const order = new Map<Element, number>();
  for (const [index, element] of Array.from(section.getElementsByTagName("*")).entries()) order.set(element, index);
  return [...dated, ...undated]
    .sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0))
    .map(({ education }) => education);
}

function undatedSchools(section: Element, datedBlocks: Element[]): { block: Element; education: Education }[] {
  const seen = new Set<string>();
  const twins = undatedTwins(datedBlocks);
  const taken = new Set([...datedBlocks, ...twins]);
  const links = Array.from(section.querySelectorAll('a[href*="/school/"], a[href*="/company/"]')).filter((link) => {
    const key = link.getAttribute("href")?.split("?")[0] ?? "";
    if (seen.has(key) || insideAny(link, taken, section)) return false;
    seen.add(key);
    return true;
  });
  const anchors = [...twins, ...links];
  // Dated entries count as anchors too, so an undated block never grows over its neighbours.
  const blocks = entryBlocks(section, [...datedBlocks, ...anchors]).slice(datedBlocks.length);
  return blocks.flatMap((block) => {
    const [school, degree] = textLines(block, 6)
      .filter((line) => !isEditLink(line.node))
      .map((line) => line.text)
      .filter((text) => !isControl(text));
    const name = cleanText(school, 300);
    if (!name || isControl(name)) return [];
    const hasDegree = degree && !isControl(degree) && !degree.includes(":");
    return [{ block, education: compact({ school: name, degree: hasDegree ? cleanText(degree, 500) : undefined }) }];
  });
}

/** Whether the node sits in one of the blocks: a walk up to the section, not a scan of every block. */
function insideAny(node: Element, blocks: Set<Element>, section: Element): boolean {
  for (let at: Element | null = node; at && at !== section; at = at.parentElement) if (blocks.has(at)) return true;
  return false;
}

/**
 * Siblings built like a dated entry (same tag, a shared class) are entries without years:
 * schools without links (2012-2014) sit in the same list as the dated ones. Each list is
 * read once, so a long list costs its length, not its length squared.
 */
function undatedTwins(datedBlocks: Element[]): Element[] {
  const holdsDated = new Set<Element>();
  const shapesByParent = new Map<Element, Set<string>>();
  for (const block of datedBlocks) {
    for (let at: Element | null = block; at && !holdsDated.has(at); at = at.parentElement) holdsDated.add(at);
    const parent = block.parentElement;
    if (!parent) continue;
    const shapes = shapesByParent.get(parent) ?? new Set<string>();
    for (const shape of shapesOf(block)) shapes.add(shape);
    shapesByParent.set(parent, shapes);
  }
  const twins: Element[] = [];
  for (const [parent, shapes] of shapesByParent) {
    for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (holdsDated.has(sibling) || !shapesOf(sibling).some((shape) => shapes.has(shape))) continue;
      if (textLines(sibling, 1).length) twins.push(sibling);
    }
  }
  return twins;
}

/** Tag plus each class ("LI.card"), or the bare tag for an element without classes: same shape = one shared. */
function shapesOf(element: Element): string[] {
  const classes = Array.from(element.classList);
  return classes.length ? classes.map((name) => `${element.tagName}.${name}`) : [element.tagName];
}

function entriesOf(section: Element): Entry[] {
  const lines = sectionBody(section);
  const anchors = lines.flatMap((line, index) => {
    const range = parseDateRange(line.text);
    return range ? [{ index, range }] : [];
  });
  const blocks = entryBlocks(
    section,
    anchors.map(({ index }) => lines[index]?.node as Element),
  );
  const owner = ownersOf(lines, blocks, section);
  // Lines grouped by entry in one pass: a long career must not cost entries × lines.
  const byEntry: TextLine[][] = blocks.map(() => []);
  const firstLine: number[] = blocks.map(() => -1);
  for (const [lineIndex, line] of lines.entries()) {
    const entryIndex = owner[lineIndex] ?? -1;
    if (entryIndex < 0) continue;
    byEntry[entryIndex]?.push(line);
    if (firstLine[entryIndex] === -1) firstLine[entryIndex] = lineIndex;
  }
  const entries = anchors.map(({ index, range }, entryIndex): Entry => {
    const mine = byEntry[entryIndex] ?? [];
    const datePosition = mine.indexOf(lines[index] as TextLine);
    return {
      block: blocks[entryIndex] as Element,
      before: mine.slice(0, datePosition).map((line) => line.text),
      after: mine.slice(datePosition + 1).map((line) => line.text),
      range,
      dateLine: lines[index]?.text ?? "",
      header: [],
    };
  });
  const grouped = entries.map((entry) => !companyFrom(entry.before[1]));
  const headers = groupHeaders(lines, owner, grouped, firstLine);
  for (const [entryIndex, entry] of entries.entries()) entry.header = headers[entryIndex] ?? [];
  return entries;
}

/** The entry each line belongs to (-1 outside every entry), found by walking up from the line. */
function ownersOf(lines: TextLine[], blocks: Element[], section: Element): number[] {
  const indexOf = new Map<Element, number>();
  for (const [index, block] of blocks.entries()) if (!indexOf.has(block)) indexOf.set(block, index);
  return lines.map((line) => {
    for (let at: Element | null = line.node; at && at !== section; at = at.parentElement) {
      const index = indexOf.get(at);
      if (index !== undefined) return index;
    }
    return -1;
  });
}

/** For each date line, its largest ancestor inside the section that contains no other date line. */
function entryBlocks(section: Element, dateNodes: Element[]): Element[] {
  const counts = new Map<Element, number>();
  for (const node of dateNodes) {
    for (let at: Element | null = node; at && at !== section; at = at.parentElement) {
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  return dateNodes.map((node) => {
    let block = node;
    while (block.parentElement && block.parentElement !== section && counts.get(block.parentElement) === 1) {
      block = block.parentElement;
    }
    return block;
  });
}

/**
 * For each title-only role, the lines outside any entry just before its run of title-only
 * roles: the group's company header. Each role starts where the previous role of the run
 * stopped, so a long run is walked once.
 */
function groupHeaders(lines: TextLine[], owner: number[], grouped: boolean[], firstLine: number[]): TextLine[][] {
  const stops: number[] = [];
  const byStop = new Map<number, TextLine[]>();
  return grouped.map((isGrouped, index) => {
    const start = firstLine[index] ?? -1;
    if (!isGrouped || start < 0) return [];
    const entryIndex = owner[start] ?? -1;
    let at = start - 1;
    for (
      let previous = owner[at] ?? -1;
      at >= 0 && grouped[previous] && previous < entryIndex;
      previous = owner[at] ?? -1
    ) {
      const jump = stops[previous];
      at = jump !== undefined && jump < at ? jump : at - 1;
    }
    stops[entryIndex] = at;
    let header = byStop.get(at);
    if (!header) {
      header = [];
      for (let line = at; line >= 0 && owner[line] === -1; line--) header.push(lines[line] as TextLine);
      header.reverse();
      byStop.set(at, header);
    }
    return header;
  });
}

/** "Google · Full-time" → "Google"; a line of only an employment type is no company. */
function companyFrom(line: string | undefined): string | undefined {
  const parts = (line ?? "").split(/\s+[·•]\s+/).filter((part) => !isEmploymentType(part));
  return cleanText(parts[0], 300);
}

function isEmploymentType(text: string): boolean {
  return (labelWords.employmentTypes as readonly string[]).includes(text.trim().toLowerCase());
}

function toPosition(entry: Entry): Position | undefined {
  const title = cleanText(entry.before[0], 300);
  if (!title || isControl(title)) return undefined;
  const ownCompany = companyFrom(entry.before[1]);
  const headerLine = ownCompany ? undefined : entry.header[0];
  const link = entry.block.querySelector('a[href*="/company/"]') ?? headerLine?.node.closest('a[href*="/company/"]');
  return compact({
    title,
    companyName: ownCompany ?? companyFrom(headerLine?.text),
    companyLinkedInUrl: companyUrl(link?.getAttribute("href")),
    start: entry.range.start,
    end: entry.range.end,
    current: entry.range.current,
    location: locationOf(entry),
  });
}

/**
 * 2012-2014 end the date line with the place ("January 2008 – Present (5 years) Berlin");
 * 2016-2021 show the duration on its own line between the dates and the location.
 */
function locationOf(entry: Entry): string | undefined {
  // The place may be glued to the duration when it is its own element ("(2 years)Berlin").
  const trailing = /\)\s*([^()]+)$/.exec(entry.dateLine)?.[1];
  if (trailing) return locationFrom(trailing);
  return locationFrom(isDuration(entry.after[0] ?? "") ? entry.after[1] : entry.after[0]);
}

/** A description cut short by its expander ("Led the web team. ... See more"). */
const clamped = /(?:…|\.\.\.)\s*(?:see more|more|mehr anzeigen|mehr)$/i;

/** The short line after the dates, without its workplace type ("Berlin · Hybrid" → "Berlin"). */
function locationFrom(line: string | undefined): string | undefined {
  if (!line || line.length > 100 || /[.!?]$/.test(line) || isControl(line) || clamped.test(line)) return undefined;
  // A description's first bullet ("- Built the billing service") is no place.
  if (/^[-–—•*]\s/.test(line)) return undefined;
  const parts = line
    .split(/\s+[·•]\s+/)
    .filter((part) => !labelWords.workplaceTypes.some((word) => part.toLowerCase() === word));
  return parts.length ? cleanText(parts.join(" · "), 200) : undefined;
}

function toEducation(entry: Entry): Education | undefined {
  const school = cleanText(entry.before[0], 300);
  if (!school || isControl(school)) return undefined;
  const { start, end } = entry.range;
  return compact({
    school,
    degree: cleanText(entry.before.slice(1).join(", "), 500) || undefined,
    startYear: end || entry.range.current ? start?.year : undefined,
    endYear: end?.year ?? (entry.range.current ? undefined : start?.year),
  });
}
