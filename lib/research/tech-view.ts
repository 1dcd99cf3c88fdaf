/**
 * The page as the fingerprints see it: its serialised markup, bounded and lower-cased, with an
 * index of the three-character sequences in it, so that most patterns are ruled out by a few
 * bit lookups before any text search.
 */

/** Lower-cased text, and which sequences of three characters occur in it. */
export interface TextView {
  lower: string;
  /** One bit per hashed sequence (`tripleKey`); a text lacking one of a needle's sequences lacks the needle. */
  triples: Uint32Array;
}

export interface PageView extends TextView {
  /** The bounded markup in rows, for the patterns. */
  html: string;
}

/** Text a pattern needs on the page, with the sequences that rule it out cheaply. */
export interface Needle {
  /** Lower-cased text the page must contain. */
  text: string;
  triples: readonly number[];
}

// Bounds that keep every expression fast, even on a page built to hurt:
// - only the start and end of a huge page (tags and loaders sit there);
// - between two ">" at most the first 200 and last 800 characters, so `<a[^>]*` cannot run
//   across a long comment or attribute (tags and their attributes end at the next ">");
// - as in Wappalyzer's own browser extension, rows of at most 2000 characters, so `.*`
//   cannot run across a minified page.
const maxHtml = { head: 150_000, tail: 50_000 };
const maxSegment = { head: 200, tail: 800 };
const columns = 2000;

export function pageView(doc: Document): PageView {
  return markupView(doc.documentElement?.outerHTML ?? "");
}

export function markupView(markup: string): PageView {
  const text = boundedText(markup);
  // Needles read the text before it is cut into rows, so a row end splits none of them.
  return { html: inRows(text), ...textView(text) };
}

export function textView(text: string): TextView {
  const lower = text.toLowerCase();
  // About a bit per four characters, so that few are set: small pages get a small table.
  const triples = new Uint32Array(Math.min(maxTripleBits, Math.max(1024, nextPowerOfTwo(lower.length * 4))) / 32);
  const mask = triples.length * 32 - 1;
  let first = 0;
  let second = 0;
  for (let i = 0; i < lower.length; i++) {
    const third = lower.charCodeAt(i);
    const key = tripleKey(first, second, third) & mask;
    triples[key >>> 5] = (triples[key >>> 5] ?? 0) | (1 << (key & 31));
    first = second;
    second = third;
  }
  return { lower, triples };
}

export function needle(text: string): Needle {
  const lower = text.toLowerCase();
  const triples: number[] = [];
  for (let i = 2; i < lower.length; i++) {
    triples.push(tripleKey(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i)));
  }
  return { text: lower, triples };
}

export function contains(view: TextView, needle: Needle): boolean {
  return mayContain(view, needle) && view.lower.includes(needle.text);
}

/** False when the text surely lacks the needle, from the index alone: cheaper than `contains`. */
export function mayContain({ triples }: TextView, needle: Needle): boolean {
  const mask = triples.length * 32 - 1;
  for (const triple of needle.triples) {
    const key = triple & mask;
    if (((triples[key >>> 5] ?? 0) & (1 << (key & 31))) === 0) return false;
  }
  return true;
}

const maxTripleBits = 1 << 18;

function tripleKey(first: number, second: number, third: number): number {
  return ((first << 12) ^ (second << 6) ^ third) & (maxTripleBits - 1);
}

function nextPowerOfTwo(value: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, value)));
}

function boundedText(html: string): string {
  const { head, tail } = maxHtml;
  const capped = html.length <= head + tail ? html : `${html.slice(0, head)}\n${html.slice(-tail)}`;
  return capped
    .split(">")
    .map((segment) =>
      segment.length <= maxSegment.head + maxSegment.tail
        ? segment
        : `${segment.slice(0, maxSegment.head)}\n${segment.slice(-maxSegment.tail)}`,
    )
    .join(">");
}

function inRows(text: string): string {
  const rows: string[] = [];
  for (let start = 0; start < text.length; start += columns) rows.push(text.slice(start, start + columns));
  return rows.join("\n");
}
