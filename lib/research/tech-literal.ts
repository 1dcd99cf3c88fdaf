/**
 * Plain text every match of a regular expression must contain, lower-cased, as a list of which
 * at least one must be present: "<!-- Start of Async HubSpot" → ["<!-- start of async hubspot"],
 * "(?:assets|images)\.ctfassets\.net" → [".ctfassets.net"], "<a (?:id|class)=(?:foo|bar)" →
 * ["foo", "bar"]. Undefined when nothing of at least 3 characters is certain. A page without
 * any of them cannot match, so the (often expensive) expression is skipped.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const options = alternatives(source).map(sequenceLiterals);
  return options.every((option) => option !== undefined) ? options.flat() : undefined;
}

/**
 * All the texts a match must contain, as clauses that must each hold, a clause holding when
 * one of its texts is present: '<div class="[^"]*parbase' → [['<div class="'], ["parbase"]].
 * Stricter than `requiredLiterals`; a pattern with alternatives at the top gets its one clause.
 */
export function requiredClauses(source: string): string[][] | undefined {
  if (alternatives(source).length > 1) {
    const any = requiredLiterals(source);
    return any && [any];
  }
  const choices = sequenceChoices(source);
  return choices?.length ? choices : undefined;
}

const minLength = 3;
const plain = /^[\x20-\x7e]+$/;

/** Splits at the `|` outside groups and classes. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "(" || char === "[") i = closing(source, i);
    else if (char === "|") {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (i < 0) return [source];
  }
  return [...parts, source.slice(start)];
}

/** The best required choice in a sequence. */
function sequenceLiterals(source: string): string[] | undefined {
  // The choice whose shortest text is longest is the most selective.
  const shortest = (choice: string[]) => Math.min(...choice.map((text) => text.length));
  return sequenceChoices(source)?.sort((a, b) => shortest(b) - shortest(a))[0];
}

/** The required choices in a sequence: runs of plain text, and groups that must match; undefined if unbalanced. */
function sequenceChoices(source: string): string[][] | undefined {
  const choices: string[][] = [];
  let piece = "";
  const end = () => {
    if (piece.length >= minLength && plain.test(piece)) choices.push([piece.toLowerCase()]);
    piece = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") {
      const next = source.charAt(++i);
      if (/[A-Za-z0-9]/.test(next))
        end(); // \d, \s, \b, back references: not plain text
      else piece += next;
    } else if (char === "(" || char === "[") {
      const close = closing(source, i);
      if (close < 0) return undefined;
      end();
      const group =
        char === "(" && !optional(source, close + 1) ? groupLiterals(source.slice(i, close + 1)) : undefined;
      if (group) choices.push(group);
      i = close;
    } else if (char === "?" || char === "*" || (char === "{" && source.charAt(i + 1) === "0")) {
      piece = piece.slice(0, -1); // the character before is optional
      end();
      if (char === "{") i = source.indexOf("}", i);
    } else if (char === "{") {
      end();
      i = source.indexOf("}", i);
    } else if ("+.^$".includes(char)) end();
    else piece += char;
    if (i < 0) return undefined;
  }
  end();
  return choices;
}

function optional(source: string, at: number): boolean {
  const next = source.charAt(at);
  return next === "?" || next === "*" || (next === "{" && source.charAt(at + 1) === "0");
}

/** Literals of a capturing or (?:) group; lookarounds and named groups are not read. */
function groupLiterals(group: string): string[] | undefined {
  if (group.startsWith("(?:")) return requiredLiterals(group.slice(3, -1));
  return group.startsWith("(?") ? undefined : requiredLiterals(group.slice(1, -1));
}

/** Index of the `)` or `]` closing the group or class opened at `start`; -1 if unbalanced. */
function closing(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") {
      inClass = true;
      if (depth === 0) return closingClass(source, i);
    } else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

function closingClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "]") return i;
  }
  return -1;
}
