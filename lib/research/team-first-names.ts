import { cardOf } from "./card";
import { isFirstName, isRole } from "./names";
import { shortText } from "./short-text";

/**
 * Cards that give a first name only ("Anna" / "Customer Support"). A single word is a menu entry,
 * a town or a product as often as a person, so one is read only inside a team list the page proves
 * with full names: the same name markup, and a clear role in the list's own role line.
 */

/** Tag and class of a name element and its parent's tag: the cards of one list share it. */
export function signatureOf(node: Element): string {
  return `${node.localName}.${node.getAttribute("class") ?? ""}@${node.parentElement?.localName ?? ""}`;
}

const menuTags = new Set(["a", "li", "td", "cite"]);

// The shape checked on every short element of the page: one capitalised word, maybe an initial.
const shape = /^\p{Lu}\p{Ll}+(?:[.\s]?\p{Lu}\.?)?$/u;
// A first name and its role in one line: "Lena — Customer Success", "Jonas, Head of Sales".
const inlineShape = /^(\p{Lu}\p{Ll}+)(?:\s+[–—|-]|,)\s+(\S.*)$/u;

/** The signature of an element that holds a lone first name, else undefined (a cheap look at its text). */
export function firstNameKey(node: Element): string | undefined {
  // Menus and tables set single words in links, list items and cells: no card sets a name so alone.
  if (menuTags.has(node.localName)) return undefined;
  const text = shortText(node, 60);
  if (!text || !(shape.test(text) || inlineShape.test(text))) return undefined;
  // The innermost element holding the word is the name element, as for full names.
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
    if (shortText(child, 60) === text) return undefined;
  }
  return signatureOf(node);
}

export interface FirstNameRole {
  text: string;
  place?: string;
  tentative?: boolean;
  declared?: boolean;
}

/** The first-name cards of a proven team list whose role sits in the list's role line. */
export function firstNameCards(
  nodes: readonly Element[],
  team: readonly { node: Element; role: FirstNameRole }[],
  roleOf: (node: Element) => FirstNameRole | undefined,
): { name: string; role: FirstNameRole; node: Element }[] {
  const rolePlace = rolePlaceOf(team.map((card) => card.role));
  if (rolePlace === undefined) return [];
  // The list that holds the full names: offices or menus set in the same markup elsewhere are not in it.
  const lists = new Set(team.map((card) => cardOf(card.node).parentElement));
  return nodes.flatMap((node) => {
    const name = shortText(node, 24) ?? "";
    if (!isFirstName(name) || !lists.has(cardOf(node).parentElement) || node.closest("nav, header, footer")) return [];
    const role = roleOf(node);
    const clear = role && !role.tentative && (role.declared || isRole(role.text));
    return clear && role.place === rolePlace ? [{ name, role, node }] : [];
  });
}

/** The place most roles of a list were read from: its role line. */
function rolePlaceOf(roles: readonly FirstNameRole[]): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const { place } of roles) counts.set(place, (counts.get(place) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [place, count] of counts) {
    if (count > most) [best, most] = [place, count];
  }
  return best;
}

// Containers of posts and their authors: a blog's author boxes repeat first names with roles too.
const authorBox = /author|byline|comment|post|blog|article|testimonial|review|quote/i;

/**
 * Teams of first names alone ("Lena" / "Customer Success"), read on a team or about page only:
 * three or more cards of one markup, most with a clear role in one place, none in an author box.
 * `listed` holds the markups already read as a team list with full names.
 */
export function firstNameTeams(
  groups: ReadonlyMap<string, Element[]>,
  listed: ReadonlySet<string>,
  roleOf: (node: Element) => FirstNameRole | undefined,
): { name: string; role: FirstNameRole; node: Element }[] {
  return [...groups].flatMap(([signature, nodes]) => {
    if (nodes.length < 3 || listed.has(signature)) return [];
    const cards = nodes.flatMap((node) => {
      const card = firstNameCard(node, roleOf);
      return card ? [card] : [];
    });
    const places = new Set(cards.map((card) => card.role.place));
    const names = new Set(cards.map((card) => card.name));
    if (cards.length < 3 || cards.length * 3 < nodes.length * 2 || places.size > 1 || names.size < cards.length)
      return [];
    return cards.some((card) => inAuthorBox(card.node)) ? [] : cards;
  });
}

function firstNameCard(node: Element, roleOf: (node: Element) => FirstNameRole | undefined) {
  if (node.closest("nav, header, footer")) return undefined;
  const text = shortText(node, 60) ?? "";
  const inline = inlineShape.exec(text);
  const name = inline?.[1] ?? text;
  const role = inline ? { text: inline[2] ?? "", place: "inline" } : roleOf(node);
  const clear = role && !role.tentative && (role.declared || isRole(role.text));
  return clear && isFirstName(name) ? { name, role, node } : undefined;
}

function inAuthorBox(node: Element): boolean {
  let box: Element | null = node;
  for (let depth = 0; box && depth < 6; depth++, box = box.parentElement) {
    if (authorBox.test(box.getAttribute("class") ?? "")) return true;
    if (box.localName === "article" && box.querySelector("time")) return true;
  }
  return false;
}
