import { winning } from "./signal-acquisitions";

/**
 * A company bought or merged: the buyer now merges teams and tools, a reason to write. The words alone
 * are not enough ("acquire new customers", "übernimmt die Kosten"): the English verb must name a company
 * (a capitalised name after it), the German one a firm (a legal form or a word for a firm nearby).
 */

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
// "die 2011 den Hersteller X übernommen hatte", "which had acquired X": a purchase before the news, told in passing.
const toldBefore =
  /(?<![\p{L}])(?:übernommen|erworben|gekauft) hatten?(?![\p{L}])|\bhad (?:\w+ )?(?:acquired|bought)\b/iu;

/** Whether a sentence tells of a company bought or merged, told with the firm's name. */
export function purchaseNews(sentence: string): boolean {
  if (toldBefore.test(sentence)) return false;
  if (englishPurchase.test(sentence)) return true;
  const verb = germanVerb.exec(sentence);
  if (!verb || takenOn.test(sentence)) return false;
  const near = sentence.slice(Math.max(0, verb.index - 80), verb.index + verb[0].length + 80);
  return firmNear.test(near);
}
