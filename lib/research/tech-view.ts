/**
 * The page as the fingerprints see it: its markup (as fetched, or the document serialised),
 * bounded and lower-cased, with an index of the four-character sequences in it, so that most
 * patterns are ruled out by a few bit lookups before any text search.
 *
 * What a page must contain is read from the markup as written: a name or value the source
 * spells with character references (`&#97;fterpay`) is not recognised, as nothing is in the
 * middle of a page beyond the bounds below. Both are rare, and both only miss a hint.
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
 * What a page must contain for a rule to possibly match, as clauses that must each hold, a
 * clause holding when one of its needles is there. Undefined or empty: the rule always runs.
 */
export type Requirement = readonly (readonly Needle[])[] | undefined;

/**
 * Many rules' requirements, checked against the page's index in one loop over this table rather
 * than a call per rule: on small pages these checks were most of the work. Rule after rule, its
 * clauses; clause after clause, its needles; needle after needle, its hashed sequences.
 */
export interface GateTable {
  ruleClauses: Uint32Array;
  clauseNeedles: Uint32Array;
  needleHashes: Uint32Array;
  hashes: Uint32Array;
}

export function gateTable(requirements: readonly Requirement[]): GateTable {
  const ruleClauses = [0];
  const clauseNeedles = [0];
  const needleHashes = [0];
  const hashes: number[] = [];
  for (const clauses of requirements) {
    for (const clause of clauses ?? []) {
      for (const found of clause) {
        for (const key of found.quads) hashes.push(Math.imul(key, golden) >>> 0);
        needleHashes.push(hashes.length);
      }
      clauseNeedles.push(needleHashes.length - 1);
    }
    ruleClauses.push(clauseNeedles.length - 1);
  }
  return {
    ruleClauses: Uint32Array.from(ruleClauses),
    clauseNeedles: Uint32Array.from(clauseNeedles),
    needleHashes: Uint32Array.from(needleHashes),
    hashes: Uint32Array.from(hashes),
  };
}

/**
 * Per rule, 1 unless the index shows that one of its clauses has none of its needles on the
 * page. A needle too short for a sequence may be anywhere, as may a rule without clauses.
 */
export function passedGates({ quads }: TextView, table: GateTable): Uint8Array {
  const { ruleClauses, clauseNeedles, needleHashes, hashes } = table;
  const shift = bitShift(quads);
  const passed = new Uint8Array(ruleClauses.length - 1);
  for (let rule = 0; rule < passed.length; rule++) {
    let holds = true;
    for (let clause = ruleClauses[rule] ?? 0; holds && clause < (ruleClauses[rule + 1] ?? 0); clause++) {
      let some = false;
      for (let needle = clauseNeedles[clause] ?? 0; !some && needle < (clauseNeedles[clause + 1] ?? 0); needle++) {
        let every = true;
        for (let i = needleHashes[needle] ?? 0; every && i < (needleHashes[needle + 1] ?? 0); i++) {
          const bit = (hashes[i] ?? 0) >>> shift;
          every = ((quads[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
        }
        some = every;
      }
      holds = some;
    }
    passed[rule] = holds ? 1 : 0;
  }
  return passed;
}

/** True when each clause has one of its needles in the text: the full check after the gate. */
export function meets(view: TextView, clauses: Requirement): boolean {
  return (clauses ?? []).every((clause) => clause.some((found) => contains(view, found)));
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
