/**
 * The page as the fingerprints see it: its serialised markup, bounded, lower-cased, and its
 * words, so that most patterns are ruled out by a set lookup before any text search.
 */

export interface PageView {
  /** The bounded markup in rows, for the patterns. */
  html: string;
  /** The bounded markup lower-cased, for the needles. */
  lower: string;
  /** The distinct words of at least 3 letters or digits. */
  words: Set<string>;
  /** The same words in one string: a search in it is ~10× shorter than in the page. */
  wordText: string;
}

/** Text a pattern needs on the page, with cheaper checks that rule it out first. */
export interface Needle {
  /** Lower-cased text the page must contain. */
  text: string;
  /** A word of the text that stands alone wherever the text occurs: a page word. */
  word: string | undefined;
  /** The longest run of letters and digits in the text: part of some page word. */
  run: string | undefined;
}

const minWord = 3;

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
  // Words and needles read the text before it is cut into rows, so a row end splits none of them.
  const lower = text.toLowerCase();
  const words = new Set(lower.match(/[a-z0-9]{3,}/g));
  return { html: inRows(text), lower, words, wordText: [...words].join(" ") };
}

export function needle(text: string): Needle {
  const lower = text.toLowerCase();
  const runs = lower.split(/[^a-z0-9]+/);
  const longest = (list: string[]) =>
    list.filter((run) => run.length >= minWord).sort((a, b) => b.length - a.length)[0];
  // Runs with something else on both sides inside the text stand alone wherever it occurs.
  return { text: lower, word: longest(runs.slice(1, -1)), run: longest(runs) };
}

export function contains(view: PageView, { text, word, run }: Needle): boolean {
  if (word !== undefined ? !view.words.has(word) : run !== undefined && !view.wordText.includes(run)) return false;
  return view.lower.includes(text);
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
