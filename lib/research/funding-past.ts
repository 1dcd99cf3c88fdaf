/** Earlier rounds told in passing: the stretches of a sentence that tell of them. */

import { remembered } from "./signal-memo";

/**
 * An earlier round told in passing: "after a Series B led by A", "following its $20M Series A",
 * "Kestrel, which raised €5M in 2021, …", "we had already raised our seed round", "momentum …, which includes … a Series B". Each opens a
 * stretch that runs to the end of its clause (or, for a list of milestones, of the sentence).
 */
const pastOpeners =
  /(?<![\p{L}])(?:(?:after|following|since|on the heels of|fresh (?:off|from)|versus|compared (?:to|with)|nach|seit)\s+(?:(?:a|an|the|its|their|our|his|her|einer|einem|der|dem|seiner|ihrer|unserer)\s+)?(?:(?:previous|prior|earlier|recent|last|initial|first|früher\p{L}*|letzt\p{L}*|erst\p{L}*|vorherig\p{L}*)\s+)?(?=(?:US)?[$€£]|\d[\d.,]*\s?(?:mio|millionen|million|mrd|milliarden|mm|mn|m|k|bn)\b|(?:USD|EUR|CHF|GBP)\b|(?:pre-?)?seed|series|serie|round|runde|(?:\p{L}+-)?finanzierung|funding|(?:rais|clos|secur)ing)|(?:(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?|(?<![\p{L}])had\s+|(?:after|since)\s+(?:the company|the startup|it|they|we)\s+(?:had\s+)?)(?:previously\s+|already\s+|earlier\s+|last\s+)?(?:raised|secured|closed|received)(?![\p{L}])|(?<list>(?:which|that)\s+includ(?:es|ed)|milestones?\s+includ(?:e|es|ed|ing))(?![\p{L}])|(?<=,\s*)(?<clause>(?:die|der|das)\s+[^,;]{0,60}?(?:erhielt|sammelte|einsammelte|(?:eingesammelt|erhalten) hat(?:te)?))(?=\s*,))/giu;
/** Where a stretch told in passing ends: its clause, or the sentence's main verb ("…, Kestrel now raises"). */
const pastEnd =
  /[,;(–—]|(?<![\p{L}])(?:now|nun|jetzt|today|heute|raises|secures|closes|announces|(?:has|have) raised|sammelt|erhält|holt|sichert)(?![\p{L}])/iu;

export const pastSpans = remembered(readPastSpans);

function readPastSpans(sentence: string): readonly (readonly [number, number])[] {
  // Most sentences name no earlier round: one cheap test spares the search.
  if (
    !/after|following|since|heels|fresh|versus|compared|nach|seit|which|that|who|had|milestone|, d(?:ie|er|as)/i.test(
      sentence,
    )
  ) {
    return [];
  }
  const spans: [number, number][] = [];
  for (const match of sentence.matchAll(pastOpeners)) {
    const from = match.index + match[0].length;
    const rest = sentence.slice(from);
    if (match.groups?.clause) {
      // "…, die 2021 noch 5 Mio. Euro erhielt, …": the German clause ends with its verb.
      spans.push([match.index, from]);
      continue;
    }
    const end = match.groups?.list ? -1 : (pastEnd.exec(rest)?.index ?? -1);
    spans.push([match.index, end < 0 ? sentence.length : from + end + clauseAfter(rest.slice(end))]);
  }
  return spans;
}

/** True when a position of the sentence lies in an earlier round told in passing. */
export function inPast(sentence: string, at: number): boolean {
  return pastSpans(sentence).some(([from, to]) => at >= from && at < to);
}

// "nach einer Seed-Runde über 5 Mio. Euro, die von A angeführt wurde": a clause after the earlier round tells of it too.
const relativeClause = /^,\s*(?:die|der|das|welche[rs]?|which|that)\s[^,;]*/iu;

function clauseAfter(rest: string): number {
  return rest.startsWith(",") ? (relativeClause.exec(rest)?.[0].length ?? 0) : 0;
}
