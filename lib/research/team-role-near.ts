import { isPersonName, isRole, stripRole } from "./names";
import { shortText } from "./short-text";
import { declaresRole, isNextItem, placeOf, roleText } from "./team-roles";
import { clean } from "./text";

/** The role beside a name on a team card: the text block after the name, or a clear role before it. */

export interface Role {
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
  /** A clear role on the line after a text that is none ("Hamburg", then "Head of Sales"). */
  next?: { text: string; place: string };
}

/**
 * The role is the next text block after the name, or (strictly a role) the one before it. A clear
 * role before the name wins over a loose text after it ("Geschäftsführerin / Name / Liebt Kaffee"),
 * unless both sit in the same markup, as in a flat list of names and roles.
 */
export function roleNear(node: Element): Role | undefined {
  let guess: Role | undefined;
  let current: Element | null = node;
  // The walk climbs only while the element is its parent's one child: site builders wrap a name in
  // many such layers (widget, container, heading, link, span) before the block that holds the role.
  for (let depth = 0; current && depth < 8; depth++, current = current.parentElement) {
    const sibling = termAfter(current) ? null : nextContent(current);
    const labelled = sibling ? labelledRole(sibling) : undefined;
    if (labelled && sibling) return { text: labelled, place: placeOf(sibling), declared: true };
    if (sibling && isNextItem(current, sibling)) break;
    // A name in a sentence ("… led by <a>Name</a>, and they were joined by <a>…</a>") has no role card.
    if (sibling && runsOn(sibling)) break;
    const next = sibling ? (roleText(sibling) ?? leadingRole(sibling) ?? bioRole(sibling, node)) : undefined;
    const found = sibling && next ? { text: next, place: placeOf(sibling) } : undefined;
    if (found && sibling && declaresRole(sibling)) return { ...found, declared: true };
    if (found && isRole(found.text) && !namesSomeone(found.text)) return found;
    const before = previousContent(current);
    const previous = before ? roleText(before) : undefined;
    const earlier = before && previous && previous.length <= 60;
    // A line before the name classed as the role ("team-card__role") is one whatever its words ("REALTOR®").
    const declared = earlier && declaresRole(before);
    if (
      earlier &&
      (isRole(previous) || declared) &&
      !namesSomeone(previous) &&
      (!found || placeOf(before) !== found.place)
    ) {
      return { text: previous, place: placeOf(before), ...(declared ? { declared } : {}) };
    }
    if (found && sibling && !namesSomeone(found.text)) return withNextLine(found, sibling);
    // A name after a name is the next card of a list, and a text before a name may be anything,
    // unless the list shows roles in that place.
    if (found) guess ??= { ...found, tentative: true };
    if (earlier) guess ??= { text: previous, place: placeOf(before), tentative: true };
    if (current.parentElement && current.parentElement.children.length > 1) break;
  }
  return guess;
}

/**
 * A short line that is no role (a town, a team) may stand between the name and the role: the
 * clear role on the line after it is kept beside it, for the list to choose (see `pastPlaceLines`).
 */
function withNextLine(found: Role, sibling: Node): Role {
  if (sibling.nodeType !== 1 || found.text.split(" ").length > 3 || isRole(found.text)) return found;
  const after = nextContent(sibling as Element);
  const text = after && after.nodeType === 1 ? roleText(after) : undefined;
  return after && text && isRole(text) && !namesSomeone(text)
    ? { ...found, next: { text, place: placeOf(after) } }
    : found;
}

/**
 * The cards of a list with the role after a town or team line ("Name / Hamburg / Head of Sales")
 * where that line holds no role on any card of the list. A list whose line gives roles on some
 * cards ("Geschäftsführer", "Immobilienvermarktung") keeps it on all.
 */
export function pastPlaceLines<T extends { role?: Role }>(cards: readonly T[]): T[] {
  if (!cards.some((card) => card.role?.next)) return [...cards];
  const roleAt = new Set(cards.flatMap(({ role }) => (role && isRole(role.text) ? [role.place] : [])));
  return cards.map((card) => {
    const { role } = card;
    if (!role?.next || role.declared || roleAt.has(role.place)) return card;
    return { ...card, role: { text: role.next.text, place: role.next.place } };
  });
}

// A role given with its label on the line after the name: "Role: Project Lead", "Funktion: Bauleiter".
const roleLabel = /^(?:role|position|job title|title|funktion|rolle)\s*:\s*(.{2,60})$/i;

/** The role a labelled line after the name gives, also as the next item of a list ("<li>Role: …</li>"). */
function labelledRole(sibling: Node): string | undefined {
  if (sibling.nodeType !== 1) return undefined;
  const text = shortText(sibling as Element, 80);
  const role = text ? roleLabel.exec(text)?.[1] : undefined;
  return role && isRole(role) && !namesSomeone(role) ? role : undefined;
}

/** In a definition list the term after a name's `dd` labels the next entry: its own term is the one before. */
function termAfter(node: Element): boolean {
  return node.localName === "dd" && node.nextElementSibling?.localName === "dt";
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
  if (!box || depth > 2 || notTextBox.has(box.localName) || (shortText(box, 600)?.length ?? 601) > 600)
    return undefined;
  const first = box.firstElementChild;
  if (!first || notTextBox.has(first.localName) || first.previousSibling?.textContent?.trim()) return undefined;
  // A label ("Responsive Design:") opens a line of its own text, not a role.
  if (shortText(first, 80)?.endsWith(":")) return undefined;
  const text = roleText(first) ?? leadingRole(first, depth + 1);
  return text && isRole(text) && !namesSomeone(text) ? text : undefined;
}

// "Lena is our Office Manager.", "Jan ist unser Bauleiter und …": the role a bio opens with, up to a stop.
const bioOpening =
  /^(\S+)\s+(?:is|ist)\s+(?:our|the|an?|unser(?:e|er)?|die|der|ein(?:e)?)\s+(.{2,60}?)(?=\s*[.,;:(–—]|\s+(?:with|and|who|since|at|for|mit|und|seit|bei|für)\b)/iu;

/**
 * The role a bio below the name opens with: "<h3>Lena Berg</h3><p>Lena is our Office Manager. With …</p>".
 * Only a bio that names the person (first name, or he or she) reads so.
 */
function bioRole(sibling: Node, node: Element): string | undefined {
  if (sibling.nodeType !== 1 || (sibling as Element).localName !== "p") return undefined;
  const text = shortText(sibling as Element, 1200);
  const match = text ? bioOpening.exec(text) : null;
  const [, subject = "", role = ""] = match ?? [];
  if (!match || !isRole(role)) return undefined;
  const first = clean(node.textContent).split(/\s+/)[0]?.toLowerCase();
  return subject.toLowerCase() === first || /^(?:he|she|er|sie)$/i.test(subject) ? role : undefined;
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

// The role after the name in a portrait's alt text: "Lena Kranz - Geschäftsführerin", "Lena Kranz, CEO".
const altSeparator = /^\s*[-–—|,:]\s*(.+)$/;

/**
 * A role written only in the portrait's alt text, for a card without a role line. Only an image
 * of the card that opens with the person's name counts; the company named after the role (a word
 * of the site's address, "Geschäftsführerin Kranwerk") is no part of it.
 */
export function altRole(node: Element, name: string, url?: string): Role | undefined {
  let box: Element | null = node.parentElement;
  for (let depth = 0; box && depth < 4 && box !== box.ownerDocument.body; depth++, box = box.parentElement) {
    // A card is short: a longer box is a section of the page, too costly to search and no card.
    // (`shortText` may hand back a long text it could not rule out by its count.)
    if ((shortText(box, 1500)?.length ?? 1501) > 1500) return undefined;
    const images = box.querySelectorAll("img[alt]");
    if (images.length > 1) return undefined;
    const alt = clean(images[0]?.getAttribute("alt"));
    if (!alt) continue;
    const rest = alt.startsWith(name) ? altSeparator.exec(alt.slice(name.length))?.[1] : undefined;
    const text = rest ? withoutCompany(rest, url) : "";
    return text && isRole(text) && !namesSomeone(text) ? { text, place: "img.alt" } : undefined;
  }
  return undefined;
}

/** "Geschäftsführerin Kranwerk GmbH" (or "…, Kranwerk") on kranwerk.de → "Geschäftsführerin". */
export function withoutCompany(role: string, url?: string): string {
  const host = url ? (/^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() ?? "") : "";
  const words = role.split(" ");
  const brand = words.findIndex((word, index) => {
    const letters = word.toLowerCase().replace(/[^\p{L}\d]/gu, "");
    // A job word in the address ("Sales" on a sales tool's site) stays part of the role.
    return index > 0 && letters.length >= 3 && host.includes(letters) && !isRole(word);
  });
  // "Leiter Vertrieb bei Kranwerk" → "Leiter Vertrieb"; another company's name stays, to tell a customer.
  if (brand < 1) return role;
  return words
    .slice(0, brand)
    .join(" ")
    .replace(/(?:[\s,;·|–—-]|\s(?:bei|at|of|von|@))+$/i, "");
}
