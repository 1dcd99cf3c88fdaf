import { classifyUrl } from "./links";
import { isRole } from "./names";
import { memoPerPage } from "./page-memo";
import { shortText } from "./short-text";
import { parseUrl } from "./url";

/** What the surroundings of a team list tell: a heading that gives the role of every name below it, a customer's quote. */

// An article or possessive before a heading's role: "Die Geschäftsführer", "Our founders", "Meet the partners".
const headingLead = /^(?:(?:meet|die|der|das|unsere?|our|the)\s+)+/i;

/**
 * "Die Geschäftsführer" over a list of names: the heading right before the list names the role of
 * each. Only a list (`ul`, `ol`) of names alone, under a short heading that is a role, reads so.
 */
export function headedListRole(nodes: readonly Element[]): string | undefined {
  const list = listOf(nodes[0]);
  if (!list || nodes.some((node) => listOf(node) !== list)) return undefined;
  const heading = list.previousElementSibling;
  if (!heading || !/^(?:h[2-6]|p|strong|b|span|div)$/.test(heading.localName)) return undefined;
  const text = shortText(heading, 40)?.replace(headingLead, "").replace(/\s*:$/, "");
  return text && isRole(text) && !/[.!?]/.test(text) ? text : undefined;
}

function listOf(node: Element | undefined): Element | undefined {
  const item = node?.closest("li");
  const list = item?.parentElement;
  return list && (list.localName === "ul" || list.localName === "ol") ? list : undefined;
}

// Headings over a team: "Leadership Team", "Unser Team", "Geschäftsführung", "Meet the founders".
const teamHeading =
  /^(?:(?:meet|our|the|unsere?|das|die)\s+)*(?:leadership(?:\s+team)?|management(?:\s+team)?|(?:core\s+|executive\s+)?team|founders|gründer(?:team)?|geschäftsführung|geschäftsleitung|vorstand|ansprechpartner(?:innen)?|who we are|wer wir sind)$/i;

/**
 * Whether names without roles stand under a heading that calls them the team ("Leadership Team"
 * over three names with photos and bios): the heading before the list, or before one of the few
 * boxes around it.
 */
export function underTeamHeading(nodes: readonly Element[]): boolean {
  const [first, second] = nodes;
  if (!first || !second) return false;
  let box: Element | null = first.parentElement;
  for (let depth = 0; box && !box.contains(second) && depth < 8; depth++) box = box.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    let heading = box.previousElementSibling;
    while (heading && shortText(heading, 0) === "") heading = heading.previousElementSibling;
    if (heading && /^h[1-4]$/.test(heading.localName)) return teamHeading.test(shortText(heading, 40) ?? "");
  }
  return false;
}

/** Whether the page's address is a team or about page ("/team", "/ueber-uns"), where one card is the team. */
export function isTeamPage(doc: Document, url?: string): boolean {
  const address = parseUrl(url ?? pageAddress(doc));
  const kind = address ? classifyUrl(address) : undefined;
  return kind === "team" || kind === "about";
}

/** The document's own address, or the one it names (a parsed page's document has none of its own). */
function pageAddress(doc: Document): string {
  if (/^https?:/.test(doc.URL)) return doc.URL;
  const named = doc.querySelector("link[rel='canonical'], meta[property='og:url']");
  return named?.getAttribute("href") ?? named?.getAttribute("content") ?? "";
}

/** Whether the page is the company's own home, about or team page, whose prose tells of the company itself. */
export function isOwnPage(doc: Document, url?: string): boolean {
  const address = parseUrl(url ?? pageAddress(doc));
  if (!address) return false;
  // The home page, also a language's ("/", "/de/", "/en-us").
  if (/^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(address.pathname)) return true;
  const kind = classifyUrl(address);
  return kind === "team" || kind === "about";
}

/**
 * The markup of the box around a name: the nearest ancestor with a class, its tag and class. The
 * cards of one list share it; a feature card and a team card beside it do not.
 */
export function boxKey(node: Element): string {
  let box = node.parentElement;
  for (let depth = 0; box && depth < 4 && !box.getAttribute("class"); depth++) box = box.parentElement;
  return box ? `${box.localName}.${box.getAttribute("class") ?? ""}` : "";
}

// The roles of the people who own or lead the company: "Gründer & Geschäftsführer", "Founder & CEO", "Inhaberin",
// "Geschäftsführung" over the names of the board. Whole nouns: "Inhabergeführt" on a badge is a slogan, not the owner.
const ownerRole =
  /\b(?:co-?founder|founder|owner|ceo|managing director)\b|\b(?:mit)?gründer(?:in)?\b|\b(?:inhaber|geschäftsführer|gesellschafter)(?:in)?\b|\bgeschäftsführung\b/i;

export function isOwnerRole(role: string): boolean {
  return ownerRole.test(role);
}

// Cards of one list share their ancestors: each is searched for a picture once per research, not once
// per card (a list of 40,000 cards was searched 40,000 times).
const holdsPicture = memoPerPage((box: Element) => box.querySelector("img, picture") !== null);

/** Whether a photo sits in one of the few small boxes around a name: a person's card, not a line of text. */
export function hasPhoto(node: Element): boolean {
  let box = node.parentElement;
  for (let depth = 0; box && depth < 4 && shortText(box, 600) !== undefined; depth++, box = box.parentElement) {
    if (holdsPicture(box)) return true;
  }
  return false;
}

/**
 * Whether a person's card introduces them: a portrait named after them (`alt="Anna Berg"`) or a
 * bio that opens with their first name ("Anna Berg" / "Anna leitet …"), in one of the few small
 * boxes around the name.
 */
export function isIntroduced(node: Element, name: string): boolean {
  const lower = name.toLowerCase();
  const first = lower.split(/\s+/)[0] ?? "";
  let box = node.parentElement;
  for (let depth = 0; box && depth < 5; depth++, box = box.parentElement) {
    const text = shortText(box, 1500);
    if (text === undefined) return false;
    if (text.toLowerCase().includes(`${lower} ${first} `)) return true;
    for (const image of Array.from(box.getElementsByTagName("img"))) {
      if (image.getAttribute("alt")?.trim().toLowerCase() === lower) return true;
    }
  }
  return false;
}
