import { clean, unique } from "./text";

/** The investors a funding sentence names: lists after "led by", "with participation from", "angeführt von" and the like. */

/** Phrases that introduce a list of investors, in English and German. */
const introPhrases = [
  // "lead by" is a common misspelling of "led by".
  "(?:co-)?(?:led|lead) by",
  "joined by",
  "backed by",
  "participation (?:from|of|by)",
  // "$4.5M in seed funding from A", "a round of $800,000 from A", "growth equity investment from A"
  "(?:investment|funding|financing|round|capital|backing|debt)(?: of (?:[^,;]|,(?=\\d)){1,24}?)? from",
  // "raises $10M from A", "sammelt 5 Mio. Euro von A ein"
  "(?:rais|secur|clos)\\p{L}* (?:[^,;]|,(?=\\d)){1,40}? from",
  "(?:sammelt|erhält|erhielt|holt|bekommt) (?:[^,;]|,(?=\\d)){1,40}? (?:von|vom|bei)",
  // "hat ein Investment in Höhe von vier Millionen Euro vom Business Angel A erhalten"
  "(?:investment|investition|beteiligung|kapital|finanzierung)\\p{L}* (?:[^,;]|,(?=\\d)){0,50}?(?<!höhe )(?:von|vom)",
  "participating (?:in the round )?(?:were|are|was|is|include|included)",
  "backers(?: include| including| are| were)?",
  "angeführt (?:von|durch)",
  "(?:angeführt|geleitet|geführt) (?:wird|wurde) (?:die|diese) \\p{L}*runde (?:von|vom|durch)",
  // "Die Runde wird vom Berliner VC A angeführt"
  "\\p{L}*runde (?:wird|wurde) (?:von|vom|durch)",
  "unter (?:der )?(?:führung|leitung) (?:von|des|der)",
  "(?:führende rolle|federführung)[^,;]{0,40}? übernahm(?:en)?",
  "beteiligung (?:von|des|der)",
  "(?:beteiligt|mit dabei) (?:sind|waren|haben sich)",
  "beteilig(?:en|ten|t) sich",
  "\\p{L}*finanzierung (?:von|durch)",
  // "Lead-Investor ist", "Bestandsinvestoren A und B", "Investoren der Runde sind", "Geldgeber waren"
  "\\p{L}*investor(?:en|s)?(?: in the round| der \\p{L}*runde)?(?: include| including| are| were| like| such as| wie| sind| waren| ist| war| zählen| gehören)?",
  "\\p{L}*geldgeber(?:n)?(?: wie| sind| waren)?",
  // "zugunsten zweier VC-Unternehmen aus der Region: A und B"
  "(?:vc|venture|investment|beteiligungs|risikokapital|wagniskapital)-?(?:unternehmen|firmen|gesellschaften|fonds)[^:;.]{0,40}(?=:)",
  "\\p{L}*gesellschafter(?:n)? wie",
  "(?:zum \\p{L}*kreis|zu den \\p{L}*) (?:zählen|gehören)(?: u\\.\\s?a\\.| unter anderem)?",
];
const intro = new RegExp(
  `(?<![\\p{L}\\d])(?:${introPhrases.join("|")})(?: (?:außerdem|ausserdem|zudem|auch|ebenfalls|erneut))?\\s*:?\\s+`,
  "giu",
);

/** "The round was led by A, with participation from:" – a list of names follows, one a line. */
const listIntro = new RegExp(`(?<![\\p{L}\\d])(?:${introPhrases.join("|")})\\s*:$`, "iu");

/** "Harbor Peak Partners-led $15M Series A". */
const ledBefore = /((?:\p{Lu}[\p{L}\d.&'’]*\s+){0,4}\p{Lu}[\p{L}\d.&'’]*)-led(?![\p{L}])/gu;

/** Words after which a list of investors has ended ("… to expand", "…, bringing total funding to", "… at a valuation"). */
const listEnd =
  /(?<![\p{L}\d])(?:who|which|to|for|in|bringing|brings|at an?|um|für|zur|zum|damit|nachdem)(?![\p{L}\d]).*$/iu;

/** Words that join the names of a list. */
const separator =
  /\s*,\s*(?:and\s+|und\s+|as well as\s+|sowie\s+)?|\s+(?:and|und|oder|as well as|sowie|along with|alongside|zusammen mit|with)\s+|\s+mit (?:der|dem|seiner|ihrer) (?=(?:VC|Beteiligungs|Investment|Holding|Corporation|Gesellschaft|Fonds)\S*\s)/iu;

/** A name: capitalised words ("Harbor Peak", "KTV"), brands with digits or a domain ("k9x", "312 Capital", "fernhill.vc"). */
const nameWord =
  "(?:[\\p{Lu}\\d][\\p{L}\\d.&'’+:-]*|[a-z][\\p{L}]*\\d[\\p{L}\\d]*|[a-z][\\p{L}\\d-]*\\.[a-z]{2,}(?![\\p{L}.]))";
const leadingName = new RegExp(`^${nameWord}(?:\\s+(?:&\\s+|of\\s+)?${nameWord}){0,5}`, "u");

/** "A and B also participated", "A led the round", "A führt die Runde an": the names come before the verb. */
const capitalName = "[\\p{Lu}\\d][\\p{L}\\d.&'’+-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'’+-]*){0,5}";
const nameList = `(?:${capitalName}(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|und|as well as|sowie)\\s+))*${capitalName}`;
const verbAfterNames = [
  "participated",
  "co-invested",
  "(?:co-)?led (?:the|this) (?:\\p{L}+ )?(?:round|financing|investment)",
  "(?:stepped up|agreed|chose|decided) to (?:co-)?lead (?:the|this) (?:\\p{L}+ )?(?:round|financing|investment)",
  "joined (?:in )?(?:the|this) (?:\\p{L}+ )?(?:round|financing)",
  "führ(?:t|te|en|ten) (?:die|diese) \\p{L}*(?:[Rr]unde|[Ff]inanzierung) an",
];
/** "A and other previous investors joined the round": the unnamed others follow the names. */
const othersToo =
  "(?:(?:and|as well as|along with) (?:other|several|its|all|many) (?:\\p{L}+ ){0,2}(?:investors|backers|shareholders)\\s+)?";
const namesBefore = new RegExp(
  `(?<![\\p{L}\\d.&'’+-])(${nameList}),?\\s+${othersToo}(?:(?:have|has|had|also|jointly|ebenfalls|auch)\\s+)*(?:${verbAfterNames.join("|")})(?![\\p{L}])`,
  "gu",
);

/** Words describing an investor rather than naming it ("der Berliner VC", "das Beteiligungsunternehmen", "Berlin-based"). */
const descriptor =
  /^(?:(?:\p{Lu}\p{L}+er\s+)?(?:VC|VC-Fonds|Investor|Lead-Investor|Leadinvestor|Hauptinvestor|Geldgeber|Risikokapitalgeber|Wagniskapitalgeber|Beteiligungsunternehmen|Beteiligungsgesellschaft|Investmentgesellschaft|Investmentfirma|Frühphaseninvestor|Business Angel)\s+|[\p{L}-]+-based\s+)/u;

/** A kind of investor before the name: "Silicon Valley VC firms Scale", "Israeli VCs Gemini Ventures". */
const kindBefore = /^(?:\p{Lu}\p{L}+\s+){0,3}(?:VCs|VC firms?|venture (?:capital )?firms?|investors)\s+(?=\p{Lu})/u;

/** Names that stand for a kind of investor, not one ("Business Angels", "Bestandsinvestoren"). */
const genericWord =
  /^(?:business|angels?|\p{L}*investor(?:s|en)?|family|offices?|founders?|gründer\p{L}*|vorstand\p{L}*|geschäftsführer\p{L}*|vorsitzende\p{L}*|ceo|cto|cfo|chairman|management|team|employees|mitarbeiter\p{L}*|others|weitere|\p{L}*gesellschafter\p{L}*|\p{L}*geber(?:n)?|beteiligung|participation|support|unterstützung|runde|finanzierungsrunde|kapital|capital|unternehmen|start-?ups?|series|serie|seed|round|funding|vcs?|funds?|fonds)$/iu;

/** The investors a sentence names, in the order named. */
export function fundingInvestors(sentence: string): string[] {
  return [...investorsIn(sentence)];
}

const investorsIn = remembered(readInvestors);

function readInvestors(sentence: string): readonly string[] {
  const names: string[] = [];
  if (/-led\b/i.test(sentence)) for (const match of sentence.matchAll(ledBefore)) names.push(...firms(match[1] ?? ""));
  // Most sentences lack those verbs: one cheap test spares the search for names before them.
  if (/participated|co-invested|(?:led|lead|joined|joined in) th|(?:runde|finanzierung) an\b/i.test(sentence)) {
    for (const match of sentence.matchAll(namesBefore)) names.push(...firms(match[1] ?? ""));
  }
  const starts = [...sentence.matchAll(intro)];
  for (const [index, match] of starts.entries()) {
    if (leadsCompany(sentence, match.index, match[0])) continue;
    // Each list runs to the next introducing phrase or the end of the clause.
    const from = match.index + match[0].length;
    const to = starts[index + 1]?.index ?? sentence.length;
    names.push(...firms(sentence.slice(from, to)));
  }
  return unique(names);
}

/** "Kestrel is led by Dana Whitfield": a company led by its chief, not a round led by an investor. */
function leadsCompany(sentence: string, at: number, words: string): boolean {
  if (!/^(?:led|lead) by/i.test(words)) return false;
  const before = sentence.slice(Math.max(0, at - 80), at);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  return (
    /\b(?:is|are)\s+(?:currently\s+|now\s+)?$/i.test(clause) &&
    !/round|fund|financ|invest|series|seed|tranche|runde/i.test(clause)
  );
}

/** True when the sentence ends by introducing investors listed after it. */
export function opensInvestorList(sentence: string): boolean {
  return sentence.endsWith(":") && listIntro.test(sentence);
}

/** A line that is one investor's name and nothing else ("Saale Capital", "Auenwald Ventures (Lead)"). */
export function investorLine(line: string): string | undefined {
  const text = clean(line.replace(/\([^)]*\)/g, " ")).replace(/[.,;]$/, "");
  const name = text.length <= 60 ? firmName(text) : undefined;
  return name === text ? name : undefined;
}

function firms(text: string): string[] {
  // "led by A and B at Firm": the people named belong to the firm after "at".
  const list = (text.split(/[;!?]/)[0] ?? "")
    .replace(/\([^)]*\)/g, " ")
    .replace(listEnd, "")
    .replace(/^[^,]*?\s+at\s+/, "");
  // "raises $2M from the founders of A, B and C": people, not the companies named.
  if (/^\s*(?:the\s+)?(?:co-?)?founders?\s+of\b/i.test(list)) return [];
  // "Investoren: A, B und C": the names follow the colon.
  const named = list.slice(list.lastIndexOf(": ") + 1);
  return named.split(separator).flatMap((part) => {
    const name = firmName(part);
    return name ? [name] : [];
  });
}

/** The name in one part of a list: the words before it describe it ("existing investor Kite", "der Berliner VC A"). */
function firmName(part: string): string | undefined {
  // "the founders of Brightwave" are people, not the company named.
  if (/^(?:the\s+)?(?:co-?)?founders?\s+of\b/i.test(part.trim())) return undefined;
  const words = clean(part.split(/\s+at\s+/).pop())
    .replace(/^(?:[\p{Ll}][\p{L}\d'’-]*\s+)+(?=[\p{Lu}\d])/u, "")
    .replace(/^(?:The|Die|Der|Das)\s+(?=\p{Lu})/u, "")
    .replace(descriptor, "")
    .replace(kindBefore, "");
  const name = leadingName.exec(words)?.[0].replace(/[.,:]+$/, "");
  if (!name || looksLikeAmount(name)) return undefined;
  if (name.split(/\s+/).every((word) => genericWord.test(word))) return undefined;
  // "die Finanzierung von Wachstum": a German abstract noun alone names no investor.
  if (!name.includes(" ") && /\p{Ll}(?:ung|heit|keit|tum|ismus)$/u.test(name)) return undefined;
  return /^(?:The|Our|Der|Die|Das|Unsere?|\d+)$/.test(name) ? undefined : name;
}

function looksLikeAmount(name: string): boolean {
  return /^\d[\d.,]*\s*(?:[mkb]n?\b|mm\b|mio|mrd|millionen|million|milliarden|billion|tsd|euro|dollar|chf|usd|eur|prozent|percent|%)/iu.test(
    name,
  );
}

/** Names without their short forms: "Scale" goes when "Scale Venture Partners" is named too. */
export function withoutShortForms(names: readonly string[]): string[] {
  const lower = names.map((name) => name.toLowerCase());
  return names.filter((_, index) => {
    const name = lower[index] ?? "";
    return !lower.some((other) => other !== name && other.startsWith(`${name} `));
  });
}

/**
 * A sentence is read several times (as a round, as the sentence after another, for totals): the
 * readings of the last few are kept. Callers must not change what they get.
 */
export function remembered<T>(read: (sentence: string) => T): (sentence: string) => T {
  const known = new Map<string, { value: T }>();
  return (sentence) => {
    const hit = known.get(sentence);
    if (hit) return hit.value;
    if (known.size >= 64) known.clear();
    const value = read(sentence);
    known.set(sentence, { value });
    return value;
  };
}
