/**
 * Several expressions run as one: a text is searched once, not once per expression. Each
 * expression becomes an alternative in an outer group, and the group that took part in a match
 * tells which expression it was. Called once per link or per sentence, this matters: each search
 * has a cost of its own, however short the text.
 */

export interface RegexSet {
  /** The alternatives joined, with the flags given. */
  pattern: RegExp;
  /** Per expression, the number of its outer group (its own groups come after it). */
  groupOf: readonly number[];
}

export function regexSet(patterns: readonly RegExp[], flags: string): RegexSet {
  const groupOf: number[] = [];
  let group = 1;
  for (const pattern of patterns) {
    groupOf.push(group);
    group += 1 + groupsIn(pattern);
  }
  return { pattern: new RegExp(patterns.map((pattern) => `(${pattern.source})`).join("|"), flags), groupOf };
}

/** The index of the expression a match came from, -1 for none. */
export function whichOf(set: RegexSet, match: RegExpMatchArray | null): number {
  return match ? set.groupOf.findIndex((group) => match[group] !== undefined) : -1;
}

/**
 * For expressions anchored at the start (`^…`): the index of the first one, in their order,
 * that matches the text, as `patterns.findIndex((p) => p.test(text))` would say; -1 for none.
 */
export function firstMatching(set: RegexSet, text: string): number {
  return whichOf(set, set.pattern.exec(text));
}

function groupsIn(pattern: RegExp): number {
  // An expression that may also match nothing returns all its groups for the empty text.
  return (new RegExp(`${pattern.source}|`).exec("")?.length ?? 1) - 1;
}
