/**
 * A company bought or merged is none of the event types read: not a round (money paid, not raised), not a
 * launch ("… and launches Harbor Pay" tells what the purchase brings), not a partnership ("joins forces
 * through the acquisition"). Money raised to buy companies ("raises $30M to fund acquisitions") is a round.
 */

// The words telling of a purchase, in English and German ("verkauft" is a sale and not among them). Winning
// customers, users or staff ("a customer acquisition platform", "talent acquisition") buys no company.
export const winning =
  "(?<!(?:customer|user|client|talent|lead|patient|member|subscriber|traffic|audience|app|data)[\\s-])";
const purchase = new RegExp(
  `(?<![\\p{L}])${winning}(?:acqui(?:res?|red|ring|sitions?)|merg(?:es|ed|er|ing)|buys|bought|takeover|take-over|übernimmt|übernahme\\p{L}*|übernommen|übernehmen|fusion\\p{L}*|fusioniert\\p{L}*|erwirbt|erworben|zukauf\\p{L}*|kauft|gekauft)(?![\\p{L}])`,
  "iu",
);

// "through the acquisition", "durch die Übernahme": the purchase is how the companies came together.
const byPurchase =
  /(?<![\p{L}])(?:through|via|by way of|by means of|durch|mit|nach|after|following) (?:an? |the |its |their |this |die |der |einer |dieser )?(?:\p{L}+ )?(?:acquisition|merger|takeover|übernahme|fusion|zukauf)(?![\p{L}])/iu;

/**
 * Whether the launch or partnership words at `at` follow a purchase told before them; a partnership also
 * when it came by one ("join forces through the acquisition").
 */
export function purchaseTold(sentence: string, at: number, partnership: boolean): boolean {
  const first = purchase.exec(sentence);
  if (!first) return false;
  return first.index < at || (partnership && byPurchase.test(sentence));
}

// "to fund its acquisition of Harbor", "for future acquisitions", "zur Finanzierung weiterer Zukäufe": the money's
// use, with the company bought (no investor).
const purchasePurpose =
  /(?<![\p{L}])(?:to (?:help )?(?:fund|finance|pursue|support|fuel|accelerate)|for|towards?|zur finanzierung|für|um)(?: (?:the|its|their|future|further|strategic|new|potential|add-on|der|die|von|weitere[rn]?|künftige[rn]?|strategische[rn]?|mögliche[rn]?|neue[rn]?))* (?:\p{L}+ )?(?:acquisitions?|übernahmen?|zukäufe[n]?)(?![\p{L}])(?:\s+(?:of|von|der|des)\s+(?:(?:the|der|die|dem|des)\s+)?[\p{Lu}\d][\p{L}\d.&-]*(?:\s+[\p{Lu}\d][\p{L}\d.&-]*){0,3})?/giu;

/** The sentence without the purchases its money is raised for. */
export function withoutPurchasePurpose(sentence: string): string {
  return purchase.test(sentence) ? sentence.replace(purchasePurpose, " ") : sentence;
}
