import { memoPerPage } from "./page-memo";

/** Text helpers: the DOM's textContent glues blocks together, so line-aware text is built here. */

const skipped = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "canvas",
  "select",
  "head",
]);
const blocks = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
  "button",
  "summary",
  "details",
  "dialog",
]);

/** Collapse whitespace (including non-breaking and zero-width spaces) and trim. */
export function clean(value: string | null | undefined): string {
  // Most elements asked have no text at all (icons, wrappers): they take no expression.
  if (!value) return "";
  // Most texts have single spaces and no zero-width characters: a test allocates nothing, a replace a new string.
  const visible = withoutZeroWidth(value);
  return (oddSpace.test(visible) ? visible.replace(spaces, " ") : visible).trim();
}

/** The text without zero-width spaces, joiners and byte-order marks. */
export function withoutZeroWidth(value: string): string {
  return zeroWidth.test(value) ? value.replace(zeroWidths, "") : value;
}

const zeroWidth = /[\u200b-\u200d\ufeff]/;
const zeroWidths = /[\u200b-\u200d\ufeff]/g;
// Any white space but a single plain space: a tab, a line break, a non-breaking space, two spaces.
const oddSpace = /[^\S ]| {2}/;
const spaces = /\s+/g;

/**
 * Non-empty lines of visible text, one per block element or `<br>`. Several extractors read the
 * body's lines, so within a page's research they are built once (see page-memo.ts).
 */
export function textLines(root: Node): readonly string[] {
  return root === root.ownerDocument?.body ? bodyText(root.ownerDocument).lines : linesUnder(root);
}

/**
 * The body's lines, and per element in it a lower bound of the length of its cleaned text
 * (`clean(element.textContent)`), from one walk: short-text.ts reads the counts. Elements
 * in skipped or hidden parts get no count; their text adds nothing to the counts above. Short
 * elements get none either (see `countFloor`).
 */
export const bodyText = memoPerPage((doc: Document) => {
  const parts: string[] = [];
  const counts = new Map<Node, number>();
  if (doc.body) walk(doc.body, parts, counts);
  return { lines: toLines(parts), counts };
});

const linesUnder = memoPerPage((root: Node) => {
  const parts: string[] = [];
  walk(root, parts);
  return toLines(parts);
});

/**
 * Lines as one text, once per page. A pattern without the `m` flag that matches a line matches
 * this text too, so one native search of it can rule the pattern out for every line.
 */
export const joinedLines = memoPerPage((lines: readonly string[]) => lines.join("\n"));

function toLines(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const raw of parts.join("").split("\n")) {
    const line = raw && clean(raw);
    if (line) lines.push(line);
  }
  return lines;
}

// Counts stop here: the lengths asked for (names, prices, labels) are lower; a larger one still works, unpruned.
const countCap = 128;
// Counts up to this are not kept: no length asked for is lower, so such an element is never ruled
// out, and an element without a count is simply read. Most elements are short: the map stays small.
const countFloor = 30;

/**
 * Appends the visible text under `node` to `parts`; with `counts`, counts the characters `clean`
 * keeps under each element and returns them. Sibling links rather than `childNodes` lists:
 * this visits every node of large pages.
 */
function walk(node: Node, parts: string[], counts?: Map<Node, number>, preformatted = false): number {
  const type = node.nodeType;
  if (type === 3) {
    const { data } = node as Text;
    // Most text nodes hold no line break: a native search rules them out before any pattern.
    parts.push(preformatted || !data.includes("\n") || !softWrapped.test(data) ? data : withSoftWrapsJoined(data));
    return counts ? visibleChars(data, countCap) : 0;
  }
  if (type !== 1 && type !== 9 && type !== 11) return 0;
  const name = type === 1 ? (node as Element).localName.toLowerCase() : "";
  if (type === 1 && (skipped.has(name) || isHidden(node as Element))) return 0;
  const block = blocks.has(name);
  const keepBreaks = preformatted || name === "pre" || name === "textarea";
  if (block) parts.push("\n");
  let total = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    total += walk(child, parts, counts, keepBreaks);
  }
  if (block || (boldLabels.has(name) && gluedToNextLine(node, parts))) parts.push("\n");
  const capped = Math.min(total, countCap);
  if (counts && type === 1 && capped > countFloor) counts.set(node, capped);
  return capped;
}

// Bold text glued to a capitalised text after it ("<strong>Kranich GmbH & Co. KG</strong>Hafenweg 3",
// "<b>Bankverbindung</b>Sparkasse …") is a heading the page's style sheet sets on a line of its own:
// read as one, the two run together ("KGHafenweg"). Within a sentence a space or a full stop follows.
const boldLabels = new Set(["b", "strong"]);
const labelEnd = /[\p{L}.:)]$/u;
const lineStart = /^[\p{Lu}\d]/u;

function gluedToNextLine(bold: Node, parts: readonly string[]): boolean {
  const next = bold.nextSibling;
  return next?.nodeType === 3 && lineStart.test((next as Text).data) && labelEnd.test(parts[parts.length - 1] ?? "");
}

// A source line break inside a sentence ("raised\nEUR 5 million") is a space to the reader, outside
// preformatted text. Breaks between short lines stay: a style sheet may set an address as lines
// (white-space: pre-line), and the page's style sheets are not read.
const softWrapped = /[^\s.!?:][^\S\n]*\n/;
const softWrap = /(?<=[^\s.!?:])[^\S\n]*\n\s*(?=(\S))/g;
const lowerCase = /\p{Ll}/u;
// Source lines this long on average are wrapped prose.
const proseLine = 50;

function withSoftWrapsJoined(data: string): string {
  const filled = data.split("\n").filter((line) => line.trim() !== "");
  const prose = filled.reduce((sum, line) => sum + line.trim().length, 0) >= proseLine * filled.length;
  return data.replace(softWrap, (wrap, next: string) => (prose || lowerCase.test(next) ? " " : wrap));
}

// An inline "display: none" hides a decoy from the reader ("info@<span style="display:none">x</span>firma.de").
const displayNone = /display\s*:\s*none/i;

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  const style = element.getAttribute("style");
  return style !== null && displayNone.test(style);
}

/**
 * Characters of `text` that are certainly not whitespace, up to `enough`. Only printable ASCII
 * and the letters up to U+167F are counted: undercounting is safe, the count is a lower bound.
 */
function visibleChars(text: string, enough: number): number {
  // Most text between tags is white space only: a native trim says so at once.
  if (text.trim() === "") return 0;
  let found = 0;
  for (let i = 0; i < text.length && found < enough; i++) {
    const code = text.charCodeAt(i);
    if ((code > 32 && code < 127) || (code > 160 && code < 0x1680)) found++;
  }
  return found;
}

// Abbreviations after which a full stop does not end a sentence.
const abbreviation =
  /(?:\b(?:Mio|Mrd|Dr|Prof|Inc|Ltd|Co|Corp|Nr|St|Str|bzw|ca|vs|Mr|Ms|Mrs|Hr|Fr|Abs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez|approx|etc|z\.\s?B|u\.\s?a|e\.\s?V|Tsd)\.|\b[A-Z]\.)$/;

// A day before its month ("Hamburg, 12. März 2026 – …") is a date, not a sentence's end.
const dayNumber = /\b\d{1,2}\.$/;
const monthFirst = /^(?:Jan|Feb|M[äa]r|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/;

/** Sentences of a text, split at ., ! and ? before a capital or digit, and at line ends. */
export function sentences(value: string): string[] {
  const out: string[] = [];
  for (const line of value.split(/\n+/)) {
    const pieces = line.split(/(?<=[.!?])\s+(?=["„“'(]?[A-ZÄÖÜ0-9$€£])/);
    let current = "";
    for (const [i, piece] of pieces.entries()) {
      current = current ? `${current} ${piece}` : piece;
      const dated = dayNumber.test(current) && monthFirst.test(pieces[i + 1] ?? "");
      if (!dated && !abbreviation.test(current)) {
        out.push(clean(current));
        current = "";
      }
    }
    if (clean(current)) out.push(clean(current));
  }
  return out.filter(Boolean);
}

/** Case-insensitive de-duplication that keeps the first spelling and order. */
export function unique(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const cleaned = clean(value);
    const key = cleaned.toLowerCase();
    if (!cleaned || seen.has(key)) continue;
    seen.add(key);
    out.push(cleaned);
  }
  return out;
}

/** The content of the first meta tag with this property or name, cleaned. */
export function metaContent(doc: Document, key: string): string | undefined {
  return clean(metaTags(doc).get(key)?.getAttribute("content")) || undefined;
}

// Extractors ask for a dozen meta tags: a page's are indexed once, by property and by name.
const metaTags = memoPerPage((doc: Document) => {
  const byKey = new Map<string, Element>();
  for (const tag of Array.from(doc.querySelectorAll("meta"))) {
    for (const key of [tag.getAttribute("property"), tag.getAttribute("name")]) {
      if (key !== null && !byKey.has(key)) byKey.set(key, tag);
    }
  }
  return byKey;
});

/** A date-like string as yyyy-mm-dd, when it parses. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}
