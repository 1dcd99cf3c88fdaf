import { canonicalProfileUrl } from "../pages";
import { cardOf } from "./card";
import { isPersonName, isRole, stripRole } from "./names";
import { withPageMemo } from "./page-memo";
import { jsonLdPeople } from "./people-ld";
import { shortText } from "./short-text";
import { headedListRole, isQuotedCustomer, isTeamPage, underTeamHeading } from "./team-context";
import { firstNameCards, firstNameKey, signatureOf } from "./team-first-names";
import { declaresRole, hasBreak, isNextItem, linesOf, placeOf, roleText, tidyRole } from "./team-roles";
import { clean } from "./text";
import type { SitePerson } from "./types";

/**
 * People named on about and team pages: JSON-LD Person, then repeated name + role cards. The
 * page's address (a fetched page's document has none of its own) tells a team page of one.
 */
export function extractPeople(doc: Document, url?: string): SitePerson[] {
  return withPageMemo(() => dedupePeople([...jsonLdPeople(doc), ...teamCards(doc, url)]));
}

interface Card {
  name: string;
  role?: Role;
  /** Tag and class of the name element: cards of one team list share it. */
  signature: string;
  node: Element;
}

interface Role {
  text: string;
  /** Tag and class of the role's element, for roles beside the name. */
  place?: string;
  /**
   * A guess: a text with a name's shape after the name ("Brand Storyteller"), or one without a job
   * word before it ("Technischer Zeichner"). Kept where the list has clear roles in the same place.
   */
  tentative?: boolean;
  /** The role's element is classed as one ("member__role"): a role whatever its words. */
  declared?: boolean;
}

const nameSelector = "h2, h3, h4, h5, h6, strong, b, p, span, div, figcaption, dt, dd, li, td, a, cite";
const isNameTag = new Set(nameSelector.split(", "));

/** Name elements that repeat with the same markup, each followed (or preceded) by a role. */
function teamCards(doc: Document, url: string | undefined): SitePerson[] {
  const groups = new Map<string, Card[]>();
  const firstNames = new Map<string, Element[]>();
  for (const node of Array.from(doc.querySelectorAll(nameSelector))) {
    const card = readCard(node);
    const key = card ? undefined : firstNameKey(node);
    if (key) firstNames.get(key)?.push(node) ?? firstNames.set(key, [node]);
    if (!card) continue;
    groups.set(card.signature, [...(groups.get(card.signature) ?? []), card]);
  }
  const people: SitePerson[] = [];
  const lone: (Card & { role: Role })[] = [];
  for (const cards of groups.values()) {
    const withRoles = cardsWithRoles(cards);
    if (withRoles.length === 0) withRoles.push(...underRoleHeading(cards));
    // One name with a role is a mention (also when the page names that one person twice); a team
    // list repeats the structure and names a job somewhere.
    const named = new Set(withRoles.map((card) => card.name.toLowerCase())).size;
    if (cards.length === 1 && withRoles[0]) lone.push(withRoles[0]);
    if (named < 2 || withRoles.length < cards.length / 2) continue;
    if (!withRoles.some((card) => card.role.declared || isRole(card.role.text))) continue;
    const alone = firstNames.get(cards[0]?.signature ?? "") ?? [];
    const members = alone.length ? [...withRoles, ...firstNameCards(alone, withRoles, roleNear)] : withRoles;
    // The LinkedIn link is looked up for the people kept only: the card around a name is costly to find.
    for (const { name, role, node } of inPageOrder(members)) {
      if (isQuotedCustomer(node, role.text)) continue;
      people.push({ name, role: role.text || undefined, source: "team-card", linkedinUrl: linkedinNear(node) });
    }
  }
  const [single] = lone;
  // A team page of one: the only card with a clear role on the page, where no list was found.
  if (people.length === 0 && lone.length === 1 && single && isRole(single.role.text) && isTeamPage(doc, url)) {
    const { name, role, node } = single;
    if (!isQuotedCustomer(node, role.text))
      people.push({ name, role: role.text, source: "team-card", linkedinUrl: linkedinNear(node) });
  }
  return people;
}

/**
 * The cards with a role. A tentative role counts where most cards of the list, two at least,
 * hold a clear role in the same place: then that place is the list's role line.
 */
function cardsWithRoles(cards: readonly Card[]): (Card & { role: Role })[] {
  const counts = new Map<string | undefined, { clear: number; tentative: number }>();
  for (const { role } of cards) {
    if (!role) continue;
    const count = counts.get(role.place) ?? { clear: 0, tentative: 0 };
    count[role.tentative ? "tentative" : "clear"]++;
    counts.set(role.place, count);
  }
  const isRoleLine = (place: string | undefined): boolean => {
    const count = counts.get(place);
    return count !== undefined && count.clear >= 2 && count.clear > count.tentative;
  };
  return cards.flatMap((card) =>
    card.role && (!card.role.tentative || isRoleLine(card.role.place)) ? [{ ...card, role: card.role }] : [],
  );
}

function inPageOrder<T extends { node: Element }>(cards: T[]): T[] {
  return cards.length < 2 ? cards : [...cards].sort((a, b) => (a.node.compareDocumentPosition(b.node) & 2 ? 1 : -1));
}

/**
 * Names without a role of their own: in a list under a heading that is their role ("Die
 * Geschäftsführer" over three names), or under a heading that calls them the team ("Leadership
 * Team" over cards with a photo and a bio), where they are kept without a role.
 */
function underRoleHeading(cards: readonly Card[]): (Card & { role: Role })[] {
  if (cards.length < 2 || cards.some((card) => card.role && !card.role.tentative)) return [];
  const nodes = cards.map((card) => card.node);
  const role = headedListRole(nodes);
  if (role) return cards.map((card) => ({ ...card, role: { text: role } }));
  return underTeamHeading(nodes) ? cards.map((card) => ({ ...card, role: { text: "", declared: true } })) : [];
}

// A name, and every title before one ("Dr.", "Prof."), starts with a capital letter.
const capitalised = /^\p{Lu}/u;
const lowercase = /\p{Ll}/u;

function readCard(node: Element): Card | undefined {
  const text = shortText(node, 90);
  // A name has two words at least; the cheap checks on the text come before the ones on the page.
  if (text === undefined || text.length > 90 || !text.includes(" ") || !capitalised.test(text)) return undefined;
  // A name typed in capitals ("MAX WEIDNER") reads as one only beside a clear role.
  const shouted = !lowercase.test(text);
  const [written, ownRole] = nameAndRole(node, shouted ? titleCase(text) : text);
  const name = stripRole(written);
  if (!isPersonName(name) || node.closest("nav, header, footer, script, style")) return undefined;
  // The innermost element holding the name is the card's name element.
  if (Array.from(node.children).some((child) => isNameTag.has(child.localName) && clean(child.textContent) === text))
    return undefined;
  const role = ownRole ? { text: tidyRole(ownRole) } : roleNear(node);
  if (shouted && !isRole(role?.text ?? "")) return undefined;
  return { name, role, signature: signatureOf(node), node };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The name, and a role in the same element: "Name, Role", "Name<br>Role", "Name <small>Role</small>". */
function nameAndRole(node: Element, text: string): [string, string | undefined] {
  const inline = /^(.+?)(?:\s*(?:,|\||–|—|-|·|•)\s+(.+)|\s*\((.+)\))$/.exec(text);
  const inlineRole = inline?.[2] ?? inline?.[3] ?? "";
  if (inline && isPersonName(inline[1] ?? "") && isRole(inlineRole)) return [inline[1] ?? "", inlineRole];
  return linesAtBreak(node) ?? nameBesideRole(node, text) ?? [text, undefined];
}

/**
 * "Name<br>Role" in one element (a figcaption, a paragraph): the name before the first break and
 * a role right after it. An e-mail address or a phone number after a name is contact, not a role.
 */
function linesAtBreak(node: Element): [string, string] | undefined {
  if (!hasBreak(node)) return undefined;
  const [name = "", role = ""] = linesOf(node);
  const text = roleText(role);
  if (!isPersonName(name) || /@/.test(role) || !text || isPersonName(text)) return undefined;
  return [name, text];
}

/** "Name <small>Role</small>": a line of text that ends in an element holding a role. */
function nameBesideRole(node: Element, text: string): [string, string] | undefined {
  const last = node.lastElementChild;
  if (!last || last.localName === "br" || last.previousElementSibling) return undefined;
  const role = clean(last.textContent);
  if (!role || role === text || !text.endsWith(role)) return undefined;
  const name = clean(text.slice(0, -role.length));
  return isPersonName(name) && isRole(role) ? [name, role] : undefined;
}

/**
 * The role is the next text block after the name, or (strictly a role) the one before it. A clear
 * role before the name wins over a loose text after it ("Geschäftsführerin / Name / Liebt Kaffee"),
 * unless both sit in the same markup, as in a flat list of names and roles.
 */
function roleNear(node: Element): Role | undefined {
  let guess: Role | undefined;
  let current: Element | null = node;
  // The walk climbs only while the element is its parent's one child: site builders wrap a name in
  // many such layers (widget, container, heading, link, span) before the block that holds the role.
  for (let depth = 0; current && depth < 8; depth++, current = current.parentElement) {
    const sibling = nextContent(current);
    if (sibling && isNextItem(current, sibling)) break;
    // A name in a sentence ("… led by <a>Name</a>, and they were joined by <a>…</a>") has no role card.
    if (sibling && runsOn(sibling)) break;
    const next = sibling ? (roleText(sibling) ?? leadingRole(sibling)) : undefined;
    const found = sibling && next ? { text: next, place: placeOf(sibling) } : undefined;
    if (found && sibling && declaresRole(sibling)) return { ...found, declared: true };
    if (found && isRole(found.text) && !namesSomeone(found.text)) return found;
    const before = previousContent(current);
    const previous = before ? roleText(before) : undefined;
    const earlier = before && previous && previous.length <= 60;
    if (earlier && isRole(previous) && !namesSomeone(previous) && (!found || placeOf(before) !== found.place)) {
      return { text: previous, place: placeOf(before) };
    }
    if (found && !namesSomeone(found.text)) return found;
    // A name after a name is the next card of a list, and a text before a name may be anything,
    // unless the list shows roles in that place.
    if (found) guess ??= { ...found, tentative: true };
    if (earlier) guess ??= { text: previous, place: placeOf(before), tentative: true };
    if (current.parentElement && current.parentElement.children.length > 1) break;
  }
  return guess;
}

/** "Lena Hoffmann" and "Lena Hoffmann (CEO)" name someone: they are the next card, not a role. */
function namesSomeone(text: string): boolean {
  const name = stripRole(text);
  return isPersonName(text) || (name !== text && isPersonName(name));
}

/** The next sibling with text, skipping `<br>`: "<strong>Name</strong><br>Role" and "<b>Name</b>, Role" are cards too. */
function nextContent(node: Element): Node | null {
  let sibling = node.nextSibling;
  while (
    sibling &&
    (sibling.nodeName === "BR" ||
      (sibling.nodeType === 3 && !clean(sibling.textContent).replace(/^[,–—|-]$/, "")) ||
      (sibling.nodeType === 1 && isBlank(sibling as Element)))
  ) {
    sibling = sibling.nextSibling;
  }
  return sibling;
}

/** The element before, past blank ones (a spacer, a divider, a photo): "Role / divider / Name". */
function previousContent(node: Element): Element | null {
  let sibling = node.previousElementSibling;
  while (sibling && isBlank(sibling)) sibling = sibling.previousElementSibling;
  return sibling;
}

/** An element without text: a page builder's spacer or divider, an image, social icons. */
function isBlank(element: Element): boolean {
  return shortText(element, 0) === "";
}

/**
 * A clear role opening the block after a name: "<h3>Name</h3><div><p>Head of Sales</p><p>Bio …</p></div>",
 * as list and text widgets set a role and a bio in one box.
 */
function leadingRole(sibling: Node, depth = 0): string | undefined {
  const box = sibling.nodeType === 1 ? (sibling as Element) : undefined;
  // A card's text box, not the next section of the page nor a list or table of features.
  if (!box || depth > 2 || notTextBox.has(box.localName) || shortText(box, 600) === undefined) return undefined;
  const first = box.firstElementChild;
  if (!first || notTextBox.has(first.localName) || first.previousSibling?.textContent?.trim()) return undefined;
  // A label ("Responsive Design:") opens a line of its own text, not a role.
  if (shortText(first, 80)?.endsWith(":")) return undefined;
  const text = roleText(first) ?? leadingRole(first, depth + 1);
  return text && isRole(text) && !namesSomeone(text) ? text : undefined;
}

const notTextBox = new Set(["ul", "ol", "li", "dl", "table", "thead", "tbody", "tr", "nav", "form", "a", "button"]);

const inline = new Set(["a", "b", "strong", "em", "i", "span", "code", "mark", "abbr", "cite", "q", "sup", "sub"]);

/** True for text after a name that runs on into more of the sentence: a link, an emphasis. */
function runsOn(sibling: Node): boolean {
  if (sibling.nodeType !== 3) return false;
  let after = sibling.nextSibling;
  while (after && after.nodeType === 3 && !clean(after.textContent)) after = after.nextSibling;
  return after !== null && after.nodeType === 1 && inline.has((after as Element).localName);
}

function linkedinNear(node: Element): string | undefined {
  const links = Array.from(cardOf(node).querySelectorAll("a[href*='linkedin.com/in/']"));
  return links.length === 1 ? canonicalProfileUrl(links[0]?.getAttribute("href") ?? "") : undefined;
}

/** One entry per person (by `keyOf`), the first role and LinkedIn link found kept. */
export function dedupePeople(
  people: readonly SitePerson[],
  keyOf: (person: SitePerson) => string = (person) => person.name.toLowerCase(),
): SitePerson[] {
  const byName = new Map<string, SitePerson>();
  for (const person of people) {
    const key = keyOf(person);
    const known = byName.get(key);
    byName.set(
      key,
      known
        ? { ...known, role: known.role ?? person.role, linkedinUrl: known.linkedinUrl ?? person.linkedinUrl }
        : person,
    );
  }
  return [...byName.values()];
}
