/**
 * A launch announced for later ("we will be launching", "plans to launch", "wird im Herbst … einführen")
 * has not happened: outreach congratulating on it would be early.
 */

// "will be launching", "plans to launch", "the upcoming launch of": a launch to come has not happened.
const launchPlannedBefore =
  /\b(?:will|shall|(?:plans?|planning|aims?|intends?|expects?|going|preparing|hopes?|looks? forward) to|explor(?:e|es|ing)|consider(?:s|ing)?|evaluat(?:e|es|ing)|discuss(?:es|ing)?|(?:is|are) (?:set|scheduled|slated|due) to|upcoming|planned|forthcoming|bevorstehende\p{L}*|geplante\p{L}*)\s+(?:be\s+)?(?:\S+\s+){0,2}$|['’]ll\s+(?:be\s+)?$/iu;
// "wird im Herbst eine neue Funktion einführen": German names the verb of a planned launch last.
const plannedGerman =
  /\b(?:wird|werden|will|wollen|plant|planen|soll|sollen|möchte|möchten)\b[^.,;:!?]{0,100}?\b(?:ein(?:zu)?führen|vor(?:zu)?stellen|veröffentlichen|starten|launchen|präsentieren|auf den markt (?:zu )?bringen|erscheinen)(?=\s*(?:[.,;:!?]|$))/giu;

// "We’re launching Flux soon", "launches next month": the time after the words tells a plan.
const plannedAfter =
  /^(?:\s+\S+){0,4}?\s+(?:soon|shortly|later this (?:year|month|quarter|spring|summer|fall|autumn|winter)|next (?:week|month|quarter|year)|in the coming (?:weeks|months))\b/i;

/** Whether the launch words at `at` tell of a launch still to come. */
export function plannedLaunch(sentence: string, at: number, words: string): boolean {
  if (/^(?:will|we['’]ll)\s/i.test(words)) return true;
  if (!/ed$/i.test(words) && plannedAfter.test(sentence.slice(at + words.length, at + words.length + 60))) return true;
  if (launchPlannedBefore.test(sentence.slice(Math.max(0, at - 50), at))) return true;
  if (!/\b(?:wird|werden|will|wollen|plant|planen|soll|sollen|möchten?)\b/i.test(sentence)) return false;
  return [...sentence.matchAll(plannedGerman)].some((match) => at >= match.index && at < match.index + match[0].length);
}

/**
 * "We released a new brand film", "launches a podcast episode", "stellt neue Studie vor": content the company
 * published, not a product it launched. A product named after the content word ("video editor") is one.
 */
const contentWord =
  "(?:film|movie|video|podcast|episode|season|whitepaper|white paper|report|study|survey|e-?book|guide|newsletter|blog ?post|article|case stud(?:y|ies)|campaign|webinar|infographic|song|single|album|trailer|magazine|interview|press release|documentary|playbook|handbook|brochure|results|findings|figures|statistics|rankings?|ergebnisse|zahlen|[\\p{L}-]*(?:film|studie|bericht|umfrage|leitfaden|ratgeber|broschüre|magazin|kampagne|pressemitteilung|folge|staffel|podcast|whitepaper|video))";
const productAfter =
  "\\s+(?:editor|app|tool|feature|platform|builder|api|sdk|integration|generator|player|module|service|software|creator|maker|dashboard|engine|suite|analytics|studio|plugin|extension|funktion|plattform|lösung|werkzeug)";
const determiners =
  "(?:a|an|the|our|its|their|this|new|latest|first|second|third|annual|brand-new|official|\\d{4}|year['’]s|neue[nrsm]?|neueste[nrsm]?|unsere[nrsm]?|eine?[nrsm]?|ihre?[nrsm]?|seine?[nrsm]?|den|die|das|der|ersten?|aktuelle[nrsm]?|jährliche[nrsm]?)";
const contentAfter = new RegExp(
  `^\\s*(?:${determiners}\\s+){0,4}(?:[^\\s,.;:]+\\s+){0,3}?${contentWord}s?(?![\\p{L}-])(?!${productAfter})`,
  "iu",
);
// German names the object inside the words: "stellt die neue Studie vor", "hat ihren Imagefilm vorgestellt".
const contentWithin = new RegExp(
  `\\s(?:${determiners}\\s+){1,3}(?:[\\p{L}-]+\\s+)?${contentWord}(?![\\p{L}-])(?!${productAfter})`,
  "iu",
);

/** Whether the launch words at `at` tell of content published rather than a product. */
export function contentLaunch(sentence: string, at: number, words: string): boolean {
  if (/^(?:stellt|hat|haben|freuen|führt)\s/i.test(words)) return contentWithin.test(words);
  return contentAfter.test(sentence.slice(at + words.length, at + words.length + 80));
}
