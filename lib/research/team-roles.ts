import { findDate } from "./dates";
import { isCallToAction, isPersonName, isRole } from "./names";
import { mayHoldPrice } from "./price";
import { shortText } from "./short-text";
import { clean } from "./text";

/** Reading the role beside a name on team pages: which sibling text can be a role, and how much of it. */

/** The lines of an element split at its `<br>`s, cleaned, empty ones left out. */
export function linesOf(node: Element): string[] {
  return Array.from(node.childNodes, (child) => (child.nodeName === "BR" ? "\n" : (child.textContent ?? "")))
    .join("")
    .split("\n")
    .map((line) => clean(line))
    .filter(Boolean);
}

/** Whether the element holds a `<br>` of its own: read for most elements of a page, so no arrays. */
export function hasBreak(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === "br") return true;
  }
  return false;
}

/** The nodes of an element's first line with text ("Vertriebsleiter<br>Tel. …"). */
function firstLine(element: Element): Node[] {
  let line: Node[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeName !== "BR") line.push(child);
    else if (line.some((node) => clean(node.textContent))) return line;
    else line = [];
  }
  return line;
}

function isControl(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : undefined;
  return Boolean(element && (element.matches("a, button") || element.querySelector("a, button")));
}

/** Where a role was read from (tag and class, or text): the roles of one team list share it. */
export function placeOf(node: Node): string {
  const element = node.nodeType === 1 ? (node as Element) : undefined;
  return element ? `${element.localName}.${element.getAttribute("class") ?? ""}` : "#text";
}

/**
 * The text of a sibling (or a line) that could hold a role, tidied. Links and buttons are menu
 * entries; of a block with line breaks ("Vertriebsleiter<br>Tel. …") only the first line counts,
 * so the contact details below a role do not hide it.
 */
export function roleText(sibling: Node | string | null): string | undefined {
  if (!sibling) return undefined;
  const element = typeof sibling !== "string" && sibling.nodeType === 1 ? (sibling as Element) : undefined;
  const line = element && hasBreak(element) ? firstLine(element) : undefined;
  const raw = line
    ? line.map((node) => node.textContent ?? "").join("")
    : element
      ? shortText(element, 160)
      : typeof sibling === "string"
        ? sibling
        : sibling.textContent;
  // Separators before a role and the colon of a label ("Geschäftsführer:") are no part of it.
  const text = raw ? tidyRole(clean(raw).replace(/^[,–—|:-]\s*|\s*:$/g, "")) : "";
  if (!text || !isLooseRole(text)) return undefined;
  return element && (line ?? [element]).some(isControl) ? undefined : text;
}

// Years and phone numbers sit beside names in bylines and contact cards; sentences, quotes and
// audiences ("For small teams") are descriptions. A price is an offer's, not a person's.
const notRole = /\d{4}|(?:\d[\s()./-]*){5}|\p{Ll}{3}[.!?]$|^["“„«‘]|^(?:for|für)\s/iu;

function isLooseRole(text: string): boolean {
  return (
    text.length <= 80 &&
    text.split(/\s+/).length <= 10 &&
    !notRole.test(text) &&
    !isCallToAction(text) &&
    !findDate(text) &&
    !mayHoldPrice(text)
  );
}

/** "Co-founder & CEO · Eats everything twice" → "Co-founder & CEO": the roles before a tagline. */
export function tidyRole(text: string): string {
  const parts = text.split(/\s+[·•|]\s+/).map(withoutYear);
  if (parts.length < 2) return parts[0] ?? text;
  if (!isRole(parts[0] ?? "")) return text;
  const end = parts.findIndex((part) => !isRole(part));
  return parts.slice(0, end < 0 ? parts.length : end).join(" · ");
}

// The year a role began: "Gründer 1974", "Geschäftsführer seit 2003", "Founder since 2012".
const sinceYear = /^(.+?)\s+(?:(?:seit|since|ab)\s+)?(?:19|20)\d{2}$/i;

/** A clear role without the year it began; any other text as it is. */
function withoutYear(part: string): string {
  const role = sinceYear.exec(part)?.[1];
  return role && isRole(role) ? role : part;
}

// A class that calls its element the role: "team-member__role", "member-position", "job-title".
// Utility classes such as "position-relative" do not end in the word.
const roleClass = /(?:^|[_-])(?:role|position|job(?:-?title)?|designation|funktion|rolle)$/i;

/** Whether the element's class names it a role, whatever its words ("The Navigator" in a "member__role"). */
export function declaresRole(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : undefined;
  const classes = element?.getAttribute("class");
  return Boolean(classes?.split(/\s+/).some((name) => roleClass.test(name)));
}

/** The next item of a list of like items (a feature list): an entry of its own, not the role of the one before. */
export function isNextItem(node: Element, sibling: Node): boolean {
  return (
    node.localName === "li" &&
    sibling.nodeType === 1 &&
    (sibling as Element).localName === "li" &&
    (sibling as Element).getAttribute("class") === node.getAttribute("class")
  );
}

/** The name, and a role in the same element: "Name, Role", "Name<br>Role", "Name <small>Role</small>". */
export function nameAndRole(node: Element, text: string): [string, string | undefined] {
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
