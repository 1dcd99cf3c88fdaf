/**
 * The page as the fingerprints see it: its serialised markup, bounded and lower-cased, with an
 * index of the four-character sequences in it, so that most patterns are ruled out by a few
 * bit lookups before any text search.
 */

/** Lower-cased text, and which sequences of four characters occur in it. */
export interface TextView {
  lower: string;
  /** One bit per hashed sequence; a text lacking one of a needle's sequences lacks the needle. */
  quads: Uint32Array;
}

export interface PageView extends TextView {
  /** The bounded markup in rows, for the patterns. */
  html: string;
}

/** Text a pattern needs on the page, with the sequences that rule it out cheaply. */
export interface Needle {
  /** Lower-cased text the page must contain. */
  text: string;
  /** Keys of the text's four-character sequences (none for shorter texts). */
  quads: readonly number[];
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
  // About four bits per character, so that few are set: small pages get a small table.
  const quads = new Uint32Array(Math.min(maxQuadBits, Math.max(1024, nextPowerOfTwo(lower.length * 4))) / 32);
  const shift = bitShift(quads);
  let key = 0;
  for (let i = 0; i < lower.length; i++) {
    key = quadKey(key, lower.charCodeAt(i));
    const bit = Math.imul(key, golden) >>> shift;
    quads[bit >>> 5] = (quads[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return { lower, quads };
}

export function needle(text: string): Needle {
  const lower = text.toLowerCase();
  const quads: number[] = [];
  let key = 0;
  for (let i = 0; i < lower.length; i++) {
    key = quadKey(key, lower.charCodeAt(i));
    if (i >= 3) quads.push(key);
  }
  return { text: lower, quads };
}

/**
 * The quick first checks of many rules, in one table: a rule that needs one of several needles
 * passes its gate when the first sequence of one of them is in the text. One loop over the
 * table per page instead of a call per rule: on small pages these checks were most of the work.
 */
export interface GateTable {
  /** The hashed first sequences of each rule's needles, rule after rule. */
  hashes: Uint32Array;
  /** Rule i's hashes run from starts[i] to starts[i + 1]; a rule with none always passes. */
  starts: Uint32Array;
}

/** The table of the rules' gates, given each rule's needles (undefined: the rule is always checked). */
export function gateTable(rules: readonly (readonly Needle[] | undefined)[]): GateTable {
  const hashes: number[] = [];
  const starts = new Uint32Array(rules.length + 1);
  rules.forEach((needles, index) => {
    const firsts = needles?.map((found) => found.quads[0]);
    // A needle too short to have a sequence could be anywhere: its rule has no gate.
    if (firsts?.every((key) => key !== undefined)) {
      for (const key of firsts) hashes.push(Math.imul(key as number, golden) >>> 0);
    }
    starts[index + 1] = hashes.length;
  });
  return { hashes: Uint32Array.from(hashes), starts };
}

/** Per rule, 1 unless none of its gate's sequences is in the text (then none of its needles is). */
export function passedGates({ quads }: TextView, { hashes, starts }: GateTable): Uint8Array {
  const shift = bitShift(quads);
  const passed = new Uint8Array(starts.length - 1);
  for (let rule = 0; rule < passed.length; rule++) {
    const start = starts[rule] ?? 0;
    const end = starts[rule + 1] ?? 0;
    let open = start === end;
    for (let i = start; i < end && !open; i++) {
      const bit = (hashes[i] ?? 0) >>> shift;
      open = ((quads[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
    }
    passed[rule] = open ? 1 : 0;
  }
  return passed;
}

export function contains(view: TextView, needle: Needle): boolean {
  return mayContain(view, needle) && view.lower.includes(needle.text);
}

/** False when the text surely lacks the needle, from the index alone: cheaper than `contains`. */
export function mayContain({ quads }: TextView, needle: Needle): boolean {
  const shift = bitShift(quads);
  for (const key of needle.quads) {
    const bit = Math.imul(key, golden) >>> shift;
    if (((quads[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

const maxQuadBits = 1 << 18;

/** The key of the four characters ending in `code`, from the key of the four before it. */
function quadKey(previous: number, code: number): number {
  // Six bits per character (more of the newer ones): the fifth character back has left the 24 kept.
  return ((previous << 6) ^ code) & 0xffffff;
}

// Multiplicative hashing: the top bits of the product depend on all four characters.
const golden = 0x9e3779b1;

/** How far to shift a hashed key for a bit of `table` (a power of two bits long). */
function bitShift(table: Uint32Array): number {
  return Math.clz32(table.length * 32) + 1;
}

function nextPowerOfTwo(value: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, value)));
}

function boundedText(html: string): string {
  const { head, tail } = maxHtml;
  const capped = html.length <= head + tail ? html : `${html.slice(0, head)}\n${html.slice(-tail)}`;
  // Long segments are rare: the text is copied only around them.
  let bounded = "";
  let copied = 0;
  for (let start = 0; start <= capped.length; ) {
    const found = capped.indexOf(">", start);
    const end = found < 0 ? capped.length : found;
    if (end - start > maxSegment.head + maxSegment.tail) {
      bounded += `${capped.slice(copied, start + maxSegment.head)}\n${capped.slice(end - maxSegment.tail, end)}`;
      copied = end;
    }
    start = end + 1;
  }
  return copied === 0 ? capped : bounded + capped.slice(copied);
}

function inRows(text: string): string {
  const rows: string[] = [];
  for (let start = 0; start < text.length; start += columns) rows.push(text.slice(start, start + columns));
  return rows.join("\n");
}
