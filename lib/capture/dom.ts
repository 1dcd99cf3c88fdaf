/** Small DOM helpers shared by the extractors; they take the document as a parameter so tests can pass their own. */

/** Visible text of a node with whitespace collapsed; undefined when empty. */
export function textOf(node: Element | null | undefined): string | undefined {
  const text = node?.textContent?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

/** The first selector of a fallback list that finds a node with text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const node of Array.from(root.querySelectorAll(selector))) {
      const text = textOf(node);
      if (text) return text;
    }
  }
  return undefined;
}

/** Every JSON-LD object of the page, with `@graph` forms flattened. Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    collect(parsed, objects);
  }
  return objects;
}

function collect(value: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  into.push(record);
  if (record["@graph"]) collect(record["@graph"], into);
}

/** True when a JSON-LD object has the given type (plain or in an array). */
export function hasType(object: Record<string, unknown>, type: string): boolean {
  const value = object["@type"];
  return Array.isArray(value) ? value.includes(type) : value === type;
}

/** One visible line of text and the element its first text sits in. */
export interface TextLine {
  text: string;
  node: Element;
}

/** Tags whose content flows inline: their text joins the current line instead of starting a new one. */
const inlineTags = new Set([
  "A",
  "SPAN",
  "STRONG",
  "B",
  "EM",
  "I",
  "U",
  "SMALL",
  "MARK",
  "ABBR",
  "TIME",
  "BDI",
  "SUP",
  "SUB",
]);
/** Subtrees that never hold page text a reader sees as content. */
const skippedTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CODE", "BUTTON", "SELECT", "IFRAME"]);

/**
 * The text of a subtree as the lines a reader sees, in document order. Block elements
 * break lines; dialogs inside the root, buttons and scripts are skipped; a screen-reader
 * twin (an `aria-hidden` copy followed by its visually hidden duplicate) is read once and
 * a hidden label spoken before its value is not read;
 * repeated consecutive lines are dropped. Stops early after `maxLines` (cheap reads of a
 * card's first lines). Never throws on odd markup.
 */
export function textLines(root: Element, maxLines = Number.POSITIVE_INFINITY): TextLine[] {
  const lines: TextLine[] = [];
  let parts: string[] = [];
  let first: Element | undefined;
  const flush = () => {
    if (parts.length === 0) return;
    const text = separateWords(parts.join("")).replace(/\s+/g, " ").trim();
    if (text && first && lines[lines.length - 1]?.text !== text) lines.push({ text, node: first });
    parts = [];
    first = undefined;
  };
  const visit = (element: Element, isRoot: boolean, block: boolean) => {
    if (lines.length >= maxLines) return;
    if (block) flush();
    let skipNext = false;
    let afterElement = false;
    // Sibling pointers, not Array.from(childNodes): copying a long list per element dominated large pages.
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? "";
        const hasWords = nonSpace.test(value);
        if (hasWords) first ??= element;
        // Whitespace between inline elements still separates words ("<b>A</b> <b>B</b>").
        if (hasWords || parts.length) parts.push(value);
        afterElement = false;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childElement = child as Element;
      if (skipNext) {
        skipNext = false;
        continue;
      }
      const tag = upperTag(childElement);
      if (skippedTags.has(tag) || (!isRoot && isHiddenPart(childElement)) || isScreenReaderLabel(childElement, tag)) {
        continue;
      }
      const ariaHidden = childElement.getAttribute("aria-hidden") === "true";
      skipNext = ariaHidden && hasScreenReaderTwin(childElement);
      if (afterElement && parts.length) parts.push(boundary);
      visit(childElement, false, ariaHidden || !inlineTags.has(tag));
      afterElement = true;
    }
    if (block) flush();
  };
  visit(root, true, true);
  flush();
  return lines;
}

const nonSpace = /\S/;

/** The tag name in upper case: HTML elements already have it, foreign ones (svg) do not. */
function upperTag(element: Element): string {
  const tag = element.tagName;
  return tag.charCodeAt(0) > 90 ? tag.toUpperCase() : tag;
}

/** Marks where one inline element ends and its sibling element starts, with no text between them (a private-use character). */
const boundary = "\ue000";
/** A word or closing bracket before the boundary and a word or opening bracket after it. */
const wordsAcross = /(?<=[\p{L}\p{N})\]])\ue000(?=[\p{L}\p{N}(])/gu;

/**
 * Sibling elements with nothing between them are separate items that styles set apart
 * (degree and field of study, dates and duration: "Master's degree" + "Physics"); a word
 * is never split over sibling elements on these pages, so they get a space. Punctuation
 * that follows ("Berlin" + ", Germany") stays attached.
 */
function separateWords(text: string): string {
  return text.includes(boundary) ? text.replace(wordsAcross, " ").replaceAll(boundary, "") : text;
}

/** A dialog or a hidden element inside the root (the root itself may be a dialog being read). */
function isHiddenPart(element: Element): boolean {
  return element.getAttribute("role") === "dialog" || element.hasAttribute("hidden");
}

/** Classes that hide text from the eye but not from screen readers. */
const screenReaderOnly = /(?:^|\s)(?:visually-hidden|sr-only|a11y-text)(?:\s|$)/;

/**
 * A hidden label spoken before the value it names ("Company Name" before "Google", "Dates
 * Employed" before the dates, logged-in pages around 2018): a reader never sees it, and it
 * would otherwise be glued to the value's line.
 */
function isScreenReaderLabel(element: Element, tag: string): boolean {
  // Labels are spans; the class attribute is read as text (a class list per element is costly).
  if (tag !== "SPAN" || !screenReaderOnly.test(element.getAttribute("class") ?? "")) return false;
  return hasText(element.nextElementSibling);
}

/** Whether any text sits under the element; stops at the first, so a large sibling costs little. */
function hasText(element: Element | null): boolean {
  if (!element) return false;
  // 4 = NodeFilter.SHOW_TEXT (the constant is not a global in every test environment).
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim()) return true;
  return false;
}

/** An `aria-hidden` element (the caller checks) directly followed by a sibling that repeats its text for screen readers. */
function hasScreenReaderTwin(element: Element): boolean {
  const twin = element.nextElementSibling;
  if (!twin || twin.getAttribute("aria-hidden") === "true") return false;
  const shown = leadingText(element, 3);
  return shown.length > 0 && shown === leadingText(twin, 3);
}

/**
 * The first `length` characters of an element's text, whitespace collapsed; reads only as
 * far as needed, so nested hidden wrappers around a long list cost little.
 */
function leadingText(element: Element, length: number): string {
  // 4 = NodeFilter.SHOW_TEXT (the constant is not a global in every test environment).
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  let text = "";
  for (let node = walker.nextNode(); node && text.length < length + 1; node = walker.nextNode()) {
    text = `${text}${node.nodeValue ?? ""}`.replace(/\s+/g, " ").trimStart();
  }
  return text.slice(0, length).trimEnd();
}

/** The `/in/<slug>` of a LinkedIn profile link, lower-case and decoded; undefined for other links. */
export function profileSlugOf(href: string | null | undefined): string | undefined {
  const match = href ? /(?:^|linkedin\.com)\/in\/([^/?#]+)/i.exec(href) : null;
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}
