import type { CriterionOf } from "../../model/icp";
import { currentTitle } from "../evidence";
import { containsPhrase, fold, memoise } from "../normalise/text";
import { classifyTitle, type TitleClass } from "../normalise/title";
import { type Evaluate, judged, unknown } from "../types";

export function compileSeniority(criterion: CriterionOf<"seniority">): Evaluate {
  const wanted = new Set<string>(criterion.seniorities);
  return byTitle((title) => wanted.has(title.seniority));
}

export function compileJobFunction(criterion: CriterionOf<"job-function">): Evaluate {
  const wanted = new Set<string>(criterion.functions);
  return byTitle((title) => wanted.has(title.function));
}

/**
 * Keywords of four or more letters match inside words, so "Vertrieb" finds
 * "Vertriebsleiterin"; shorter ones ("VP", "CTO") must stand alone, so "VP" misses "VPN".
 */
export function compileTitleKeywords(criterion: CriterionOf<"title-keywords">): Evaluate {
  const keywords = criterion.keywords.map(fold).filter(Boolean);
  return ({ person }) => {
    const title = currentTitle(person);
    if (!title) return unknown;
    const folded = foldTitle(title.value);
    const hit = keywords.some((word) => (word.length >= 4 ? folded.includes(word) : containsPhrase(folded, word)));
    return judged(hit, title);
  };
}

/** Titles repeat across a list ("Head of Sales"); folding them once keeps rescoring fast. */
const foldTitle = memoise(fold);

function byTitle(test: (title: TitleClass) => boolean): Evaluate {
  return ({ person }) => {
    const title = currentTitle(person);
    const classified = title && classifyTitle(title.value);
    if (!title || !classified) return unknown;
    return judged(test(classified), title);
  };
}
