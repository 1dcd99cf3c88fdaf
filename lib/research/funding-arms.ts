/**
 * A company's venture arm is the investor, not the company: "the venture arm of Norwind Bank",
 * "Norwind Bank's venture arm", "der Risikokapitalarm von Norwind" name no investor, and "Norwind
 * Ventures, the corporate venture arm of Norwind Bank" names Norwind Ventures alone. The parent's name
 * is taken out of the sentence, so that an arm told without a name yields none.
 */

/** A name as announcements write it: capitalised words, "of" or "&" between them ("Bank of Norwind"). */
const parent =
  "(?:(?:the|der|die|des|dem|den)\\s+)?[\\p{Lu}\\d][\\p{L}\\d.&-]*(?:\\s+(?:(?:of|&|de)\\s+)?[\\p{Lu}\\d][\\p{L}\\d.&-]*){0,4}";

/** A word in lower case or capitalised, as the regexes below run without the i flag (names must be capitalised). */
const word = (text: string) => `[${text.charAt(0)}${text.charAt(0).toUpperCase()}]${text.slice(1)}`;
const words = (...list: string[]) => `(?:${list.map(word).join("|")})`;

/** "venture arm", "corporate venture capital arm", "investment unit", "Risikokapitalarm", "Corporate-Venture-Arm". */
const arm = `(?:(?:${words("corporate", "strategic")}[\\s-]+)?(?:${words("venture", "investment", "investing")}(?:[\\s-]+${words("capital")})?|C?VC)[\\s-]+${words("arm", "unit", "division")}|\\p{L}*(?:${words("kapital", "venture", "investment", "beteiligungs")}|C?VC)-?${words("arm", "einheit")})`;
const of = "(?:of|von|der|des)";

const armPhrases = new RegExp(
  [
    // "Norwind Ventures, the corporate venture arm of Norwind Bank": the apposition goes whole.
    `,\\s*(?:the|its|a|der|die|das|ein)\\s+${arm}\\s+${of}\\s+${parent}`,
    // "the venture arm of Norwind Bank", "vom Risikokapitalarm von Norwind", "Corporate-Venture-Arm der Norwind AG"
    `(?<![\\p{L}])(?<arm>${arm})\\s+${of}\\s+${parent}`,
    // "Norwind Bank's venture arm", "Norwind’s corporate venture arm"
    `${parent}['’]s?\\s+(?<owned>${arm})`,
    // "Norwind Bank, through its venture arm", "die Norwind AG über ihren Venture-Arm"
    `${parent}\\s*,?\\s+(?:through|via|über|durch)\\s+(?:its|their|ihren|seinen|ihre|seine)\\s+(?<via>${arm})`,
  ].join("|"),
  "gu",
);

/** The sentence with the parent company's name taken out of every phrase naming its venture arm. */
export function withoutArmParents(sentence: string): string {
  // Most sentences name no arm: one cheap test spares the search.
  if (!/arm\b|unit\b|einheit\b|division\b/i.test(sentence)) return sentence;
  return sentence.replace(armPhrases, (_, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    return groups.arm ?? groups.owned ?? groups.via ?? "";
  });
}
