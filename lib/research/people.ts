import { canonicalProfileUrl } from "../pages";
import { cardOf } from "./card";
import { findDate } from "./dates";
import { asObjects, isArticle, isOrganization, type LdObject, ldObjects, ldText, ldTexts, ldTypes } from "./jsonld";
import { isCallToAction, isPersonName, isRole, stripRole } from "./names";
import { withPageMemo } from "./page-memo";
import { shortText } from "./short-text";
import { clean } from "./text";
import type { SitePerson } from "./types";

/** People named on about and team pages: JSON-LD Person, then repeated name + role cards. */
export function extractPeople(doc: Document): SitePerson[] {
  return withPageMemo(() => dedupePeople([...jsonLdPeople(doc), ...teamCards(doc)]));
}

function jsonLdPeople(doc: Document): SitePerson[] {
  const objects = ldObjects(doc);
  // Authors of articles write for the site; they are not necessarily its people.
  const authors = new Set(objects.filter(isArticle).flatMap((article) => asObjects(article.author).map(personKey)));
  const persons = objects.filter((object) => ldTypes(object).includes("Person") && !authors.has(personKey(object)));
  const founders = objects.filter(isOrganization).flatMap((org) => asObjects(org.founder));
  return [...persons, ...founders].flatMap((person) => {
    const name = ldText(person.name);
    if (!name || !isPersonName(name)) return [];
    const role = ldText(person.jobTitle) ?? (founders.includes(person) ? "Founder" : undefined);
    return [{ name, role, source: "json-ld" as const, linkedinUrl: linkedinOf(person) }];
  });
}

function personKey(person: LdObject): string {
  return ldText(person["@id"]) ?? ldText(person.name) ?? "";
}

function linkedinOf(person: LdObject): string | undefined {
  return ldTexts(person.sameAs).map(canonicalProfileUrl).find(Boolean);
}

interface Card {
  name: string;
  role?: string;
  /** Tag and class of the name element: cards of one team list share it. */
  signature: string;
  linkedinUrl?: string;
}

const nameSelector = "h2, h3, h4, h5, h6, strong, b, p, span, div, figcaption, dt, li, td, a";

/** Name elements that repeat with the same markup, each followed (or preceded) by a role. */
function teamCards(doc: Document): SitePerson[] {
  const groups = new Map<string, Card[]>();
  for (const node of Array.from(doc.querySelectorAll(nameSelector))) {
    const card = readCard(node);
    if (!card) continue;
    groups.set(card.signature, [...(groups.get(card.signature) ?? []), card]);
  }
  const people: SitePerson[] = [];
  for (const cards of groups.values()) {
    const withRoles = cards.filter((card) => card.role);
    // One name with a role is a mention; a team list repeats the structure.
    if (withRoles.length < 2 || withRoles.length < cards.length / 2) continue;
    for (const card of withRoles)
      people.push({ name: card.name, role: card.role, source: "team-card", linkedinUrl: card.linkedinUrl });
  }
  return people;
}

// A name, and every title before one ("Dr.", "Prof."), starts with a capital letter.
const capitalised = /^\p{Lu}/u;

function readCard(node: Element): Card | undefined {
  const text = shortText(node, 90);
  // A name has two words at least; the cheap checks on the text come before the ones on the page.
  if (text === undefined || text.length > 90 || !text.includes(" ") || !capitalised.test(text)) return undefined;
  const inline = /^(.+?)\s*(?:,|\||–|—|-)\s+(.+)$/.exec(text);
  const [name, inlineRole] =
    inline && isPersonName(inline[1] ?? "") && isRole(inline[2] ?? "")
      ? [inline[1] ?? "", inline[2]]
      : (linesAtBreak(node) ?? [stripRole(text), undefined]);
  if (!isPersonName(name) || node.closest("nav, header, footer, script, style")) return undefined;
  if (Array.from(node.children).some((child) => clean(child.textContent) === text)) return undefined;
  return {
    name,
    role: inlineRole ?? roleNear(node),
    signature: `${node.localName}.${node.getAttribute("class") ?? ""}@${node.parentElement?.localName ?? ""}`,
    linkedinUrl: linkedinNear(node),
  };
}

/**
 * "Name<br>Role" in one element (a figcaption, a paragraph): the name before the first break and
 * a role right after it. An e-mail address or a phone number after a name is contact, not a role.
 */
function linesAtBreak(node: Element): [string, string] | undefined {
  let br = node.firstElementChild;
  while (br && br.localName !== "br") br = br.nextElementSibling;
  if (!br) return undefined;
  const lines = Array.from(node.childNodes, (child) => (child.nodeName === "BR" ? "\n" : (child.textContent ?? "")))
    .join("")
    .split("\n")
    .map((line) => clean(line));
  const [name = "", role = ""] = lines.filter(Boolean);
  if (!isPersonName(name) || /@/.test(role) || !isLooseRole(roleText(role))) return undefined;
  return [name, role];
}

function isLooseRole(text: string | undefined): text is string {
  return text !== undefined && text.length <= 80 && !isPersonName(text) && text.split(/\s+/).length <= 10;
}

/** The role is the next text block after the name, or (strictly a role) the one before it. */
function roleNear(node: Element): string | undefined {
  let current: Element | null = node;
  for (let depth = 0; current && depth < 4; depth++, current = current.parentElement) {
    const next = roleText(nextContent(current));
    if (isLooseRole(next)) return next;
    const previous = roleText(current.previousElementSibling);
    if (previous && isRole(previous) && previous.length <= 60) return previous;
    if (current.parentElement && current.parentElement.children.length > 1) break;
  }
  return undefined;
}

/** The next sibling with text, skipping `<br>`: "<strong>Name</strong><br>Role" and "<b>Name</b>, Role" are cards too. */
function nextContent(node: Element): Node | null {
  let sibling = node.nextSibling;
  while (
    sibling &&
    (sibling.nodeName === "BR" || (sibling.nodeType === 3 && !clean(sibling.textContent).replace(/^[,–—|-]$/, "")))
  ) {
    sibling = sibling.nextSibling;
  }
  return sibling;
}

/** The text of a sibling (or a line) that could hold a role: links and buttons are menu entries, not roles. */
function roleText(sibling: Node | string | null): string | undefined {
  if (!sibling) return undefined;
  if (
    typeof sibling !== "string" &&
    sibling.nodeType === 1 &&
    ((sibling as Element).matches("a, button") || (sibling as Element).querySelector("a, button"))
  ) {
    return undefined;
  }
  const text = clean(typeof sibling === "string" ? sibling : sibling.textContent).replace(/^[,–—|:-]\s*/, "");
  // A date beside a name is a byline, not a role.
  return text && !isCallToAction(text) && !findDate(text) && !/\d{4}/.test(text) ? text : undefined;
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
