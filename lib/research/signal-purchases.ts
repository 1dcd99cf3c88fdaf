import { winning } from "./signal-acquisitions";

/**
 * A company bought or merged: the buyer now merges teams and tools, a reason to write. The words alone
 * are not enough ("acquire new customers", "übernimmt die Kosten"): the English verb must name a company
 * (a capitalised name after it), the German one a firm (a legal form or a word for a firm nearby).
 */

// Words describing the firm, not what else was won ("acquired new customers through our agency Harbor").
const describing =
  "(?!(?:through|with|for|from|by|to|via|our|your|their|its|in|at|on|customers?|users?|clients?|leads?|members?|subscribers?)\\b)[\\p{Ll}&-]+";
const firmNoun =
  "(?:firm|company|agency|provider|start-?up|business|studio|maker|developer|consultancy|specialist|vendor)";

// "Kestrel acquires Harbor", "was acquired by Northwind", "completes its acquisition of Harbor", "merges with Harbor",
// "agreed to buy Harbor". Only the verb's first letter may be either case: the name after it is capitalised.
const englishPurchase = new RegExp(
  [
    `${winning}[Aa]cquir(?:es|ed|ing) (?:(?:a )?(?:majority|minority|controlling) stake in )?(?:the )?\\p{Lu}`,
    "(?:[Aa]cquired|[Bb]ought) by \\p{Lu}",
    `${winning}[Aa]cquisitions? of (?:the )?\\p{Lu}`,
    "(?:[Mm]erg(?:es|ed|ing)|[Mm]erger) (?:with|of|between) (?:the )?\\p{Lu}",
    // "agrees to buy Harbor", "Agreement to Acquire Harbor", "plans to acquire Harbor"
    "(?:[Bb]uys|[Tt]o (?:[Bb]uy|[Aa]cquire)) (?:the )?\\p{Lu}",
    // "the merging of web hosting firm Harbor Internet", "acquires fintech startup Harbor": the firm described first.
    `${winning}(?:[Aa]cquir(?:es|ed|ing)|[Aa]cquisitions? of|[Mm]erg(?:ing|er) of) (?:the )?(?:${describing} ){0,4}${firmNoun} (?:the )?\\p{Lu}`,
  ].join("|"),
  "u",
);

// A firm named near the German verb: a legal form or a noun for a company ("den Hamburger Softwareanbieter Kranwerk").
const firmNear =
  /(?<![\p{L}])(?:gmbh|ag|se|kg|ohg|ug|e\.k\.|inc\.?|ltd\.?|llc|b\.v\.|s\.a\.|plc|unternehmen\p{L}*|firma|firmen|start-?ups?|\p{L}*(?:anbieter|hersteller|spezialist\p{L}*|dienstleister\p{L}*|agentur|softwarehaus|konkurrenten|wettbewerber\p{L}*|mitbewerber\p{L}*|marktbegleiter\p{L}*))(?![\p{L}])/iu;
const germanVerb =
  /(?<![\p{L}])(?:übernimmt|übernommen|erwirbt|erworben|kauft|gekauft|übernahme|erwerb|zukauf|fusion\p{L}*|fusioniert)(?![\p{L}])/iu;
// "übernimmt die Bereichsleitung", "hat die Leitung … übernommen", "übernimmt die Kosten": a role or a cost taken on.
const takenOn =
  /(?<![\p{L}])(?:übernimmt|übernommen|übernahme|die|den|das)\s+(?:\p{L}+\s+){0,3}?\p{L}*(?:leitung|führung|vorsitz|verantwortung|kosten|haftung|gewähr\p{L}*|garantie|position|rolle|aufgabe\p{L}*|funktion|betreuung|abwicklung|organisation|planung|steuerung|koordination|projekt\p{L}*|mandat)(?![\p{L}])/iu;
// "die 2011 den Hersteller X übernommen hatte", "which had acquired X": a purchase before the news, told in passing;
// "Last year, Northwind acquired …" opens a story of an earlier deal, told beside the page's news.
const toldBefore =
  /(?<![\p{L}])(?:übernommen|erworben|gekauft) hatten?(?![\p{L}])|\bhad (?:\w+ )?(?:acquired|bought)\b|^(?:last (?:year|month|week)|earlier this (?:year|month)|a year ago|back in|previously|im (?:letzten|vergangenen) jahr|letztes jahr)\b/iu;

/**
 * Whether a sentence tells of a company bought or merged, told with the firm's name. `firms` are names the page
 * gives a legal form elsewhere ("Harbor" of "Harbor Analytics GmbH"): a headline "Kestrel übernimmt Harbor" names one.
 */
export function purchaseNews(sentence: string, firms: ReadonlySet<string> = new Set()): boolean {
  if (toldBefore.test(sentence)) return false;
  if (englishPurchase.test(sentence)) return true;
  const verb = germanVerb.exec(sentence);
  if (!verb || takenOn.test(sentence)) return false;
  const end = verb.index + verb[0].length;
  const after = sentence.slice(end);
  const own = ownSubject.exec(after)?.[0].length ?? 0;
  const near = `${sentence.slice(Math.max(0, verb.index - 80), end)}${after.slice(own, own + 80)}`;
  return firmNear.test(near) || (firms.size > 0 && firmBought(sentence, verb, firms));
}

// "Bei Privatkunden übernimmt das Unternehmen die Prüfung": the company itself as the subject after the verb.
const ownSubject = /^\s+(?:das|dieses|die|diese)\s+(?:unternehmen|firma)(?![\p{L}])/iu;

// The bought firm's first word: right after the active verb or "Übernahme von", or as the subject of the passive.
const boughtAfter = /^\s+(?:(?:von|der|des|die|den|das)\s+)?(\p{Lu}[\p{L}\d&.'’-]*)/u;
const boughtBefore = /^(?:(?:die|der|das)\s+)?(\p{Lu}[\p{L}\d&.'’-]*)\s+(?:wird|wurde|ist|sind|werden)\b/iu;

function firmBought(sentence: string, verb: RegExpExecArray, firms: ReadonlySet<string>): boolean {
  const passive = /^(?:übernommen|erworben|gekauft)$/i.test(verb[0]);
  const word = passive
    ? boughtBefore.exec(sentence)?.[1]
    : boughtAfter.exec(sentence.slice(verb.index + verb[0].length))?.[1];
  return word !== undefined && firms.has(word);
}

// "Harbor Analytics GmbH", "die Northwind AG": a name with a legal form after it. Only where a German verb of buying
// is on the page at all, so the text is read once and only then.
const legalName =
  /(?<![\p{L}\d])\p{Lu}[\p{L}\d&.'’-]*(?:[ -]\p{Lu}[\p{L}\d&.'’-]*){0,3}(?= (?:GmbH|AG|SE|KG|UG|OHG|Inc\.?|Ltd\.?|LLC|B\.V\.|S\.A\.|plc)(?![\p{L}]))/gu;
const article = /^(?:Die|Der|Das|Den|Dem|The|Mit|Von|Bei|Für)$/;

/** First words of the names the text gives a legal form, when it uses a German verb of buying. */
export function firmsNamed(text: string): Set<string> {
  const firms = new Set<string>();
  if (!germanVerb.test(text)) return firms;
  for (const [name] of text.matchAll(legalName)) {
    const first = name.split(/[ -]/).find((word) => !article.test(word));
    if (first) firms.add(first);
  }
  return firms;
}
