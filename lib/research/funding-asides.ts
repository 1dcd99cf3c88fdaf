/**
 * Asides within a list of investors that would end or hide it: a short form in brackets after a name
 * ("Hightech-Fonds Nord (HFN) investiert …") and a German apposition between two names ("von A, einem
 * Berliner VC, und B"). Both are taken out, so the names before and after them are read.
 */

// "(HFN)", "(KfW)", "(EIF)": a short form of the name before it, in capitals.
const shortForm = /(?<=[\p{L}\d.])\s*\(\p{Lu}[\p{Lu}\d&.-]{0,8}\p{Lu}\)/gu;

// ", einem Berliner VC, und B": the apposition describes the name before it; "und" goes on with the list.
const apposition =
  /,\s*(?:einem|einer|eines|a|an)\s+[^,;()]{1,60}?,(?=\s*(?:und|sowie|and|as well as)\s+(?:(?:der|die|dem|den|des|the)\s+)?[\p{Lu}\d])/gu;

export function withoutAsides(sentence: string): string {
  // Most sentences have neither: one cheap test spares the search.
  const brackets = sentence.includes("(");
  const described = /,\s*(?:einem|einer|eines|a|an)\s/.test(sentence);
  if (!brackets && !described) return sentence;
  const short = brackets ? sentence.replace(shortForm, "") : sentence;
  return described ? short.replace(apposition, ",") : short;
}

/** Names without their short forms: "Scale" goes when "Scale Venture Partners" is named too. */
export function withoutShortForms(names: readonly string[]): string[] {
  const lower = names.map((name) => name.toLowerCase());
  return names.filter((_, index) => {
    const name = lower[index] ?? "";
    return !lower.some((other) => other !== name && other.startsWith(`${name} `));
  });
}
