import { withoutArmParents } from "./funding-arms";
import { withoutAsides } from "./funding-asides";
import { inPast } from "./funding-past";
import { withoutPersonDescription } from "./funding-people";
import { withoutPurchasePurpose } from "./signal-acquisitions";
import { remembered } from "./signal-memo";
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
  // "closed a $60M Series B funding round with A and B"
  "(?:round|financing) with(?= (?:the )?\\p{Lu})",
  // "raises $10M from A", "sammelt 5 Mio. Euro von A ein"
  "(?:rais|secur|clos)\\p{L}* (?:[^,;]|,(?=\\d)){1,40}? from",
  "(?:sammelt|erhält|erhielt|holt|bekommt) (?:[^,;]|,(?=\\d)){1,60}? (?<!höhe )(?:von|vom|bei)",
  // "hat ein Investment in Höhe von vier Millionen Euro vom Business Angel A erhalten"
  "\\p{L}*(?:investment|investition|beteiligung|kapital|finanzierung)\\p{L}* (?:[^,;]|,(?=\\d)){0,50}?(?<!höhe )(?:von|vom)(?!\\s+(?:[\\d$€£]|über|rund|knapp|insgesamt))",
  "participating (?:in the round )?(?:were|are|was|is|include|included)",
  "(?:also )?joining (?:the|this) (?:\\p{L}+ )?round (?:are|were|is|was)",
  "backers(?: include| including| are| were)?",
  "angeführt (?:von|durch)",
  // "…, die von A angeführt wurde": a clause naming the lead before its participle.
  "(?<=,\\s*)(?:die|der|das|welche) (?:von|vom|durch)(?= [^,;]{1,80}? (?:mit|co-)?(?:angeführt|geleitet|geführt) (?:wurde|wird|worden))",
  "(?:angeführt|geleitet|geführt) (?:wird|wurde) (?:die|diese) \\p{L}*runde (?:von|vom|durch)",
  // "Die Runde wird vom Berliner VC A angeführt"
  "\\p{L}*runde (?:wird|wurde) (?:von|vom|durch)",
  "unter (?:der )?(?:führung|leitung) (?:von|des|der)",
  "(?:führende rolle|federführung)[^,;]{0,40}? übernahm(?:en)?",
  "beteiligung (?:von|des|der)",
  "(?:beteiligt|mit dabei) (?:sind|waren|haben sich)",
  "beteilig(?:en|ten|t) sich",
  // "A investiert gemeinsam mit B", "A invests alongside B": the partner in the investment invests too.
  "(?:investier(?:t|en|te|ten)|(?:co-)?invest(?:s|ed|ing)?)(?: [^,;]{1,40}?)? (?:gemeinsam mit|zusammen mit|alongside|together with)",
  "\\p{L}*finanzierung (?:von|durch)|(?:geld|kapital|mittel|\\p{L}*beitrag) (?:stammt|stammen) (?:\\p{L}+ )?(?:von|vom)",
  // "Lead-Investor ist", "Bestandsinvestoren A und B", "Investoren der Runde sind", "Geldgeber waren"
  "\\p{L}*investor(?:en|s)?(?: in the round| der \\p{L}*runde)?(?: include| including| are| were| like| such as| wie| sind| waren| ist| war| zählen| gehören)?",
  "\\p{L}*geldgeber(?:n)?(?: wie| sind| waren)?|(?:business )?angels? (?:wie|such as|like|including)",
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

/**
 * Words after which a list of investors has ended ("… to expand", "…, bringing total funding to", "… at a
 * valuation"), or the German participle closing it ("von A und B angeführt, die …").
 */
const listEnd =
  /(?<![\p{L}\d])(?:who|which|to|for|in|ohne|without|einem|einer|eines|bringing|brings|takes|took|taking|at an?|um|für|zur|zum|damit|nachdem|angeführt|geleitet|begleitet|unterstützt)(?![\p{L}\d]).*$/iu;

/** Words that join the names of a list. */
// "neben A auch B": "auch" joins two names as "und" does.
const separator =
  /\s*,\s*(?:and\s+|und\s+|as well as\s+|sowie\s+)?|\s+(?:and|und|oder|as well as|sowie|along with|alongside|zusammen mit|with|(?:als )?auch)\s+|\s+mit (?:der|dem|seiner|ihrer) (?=(?:VC|Beteiligungs|Investment|Holding|Corporation|Gesellschaft|Fonds)\S*\s)/iu;

/**
 * A name: capitalised words ("Harbor Peak", "KTV", "Future\Perfect"), brands with digits, a domain or a
 * capital after a small letter ("k9x", "312 Capital", "fernhill.vc", "iVentures").
 */
const nameWord =
  "(?:[\\p{Lu}\\d][\\p{L}\\d.&'’+:\\\\-]*|[a-z][\\p{L}]*\\d[\\p{L}\\d]*|[a-z]\\p{Lu}[\\p{L}\\d]*|[a-z][\\p{L}\\d-]*\\.[a-z]{2,}(?![\\p{L}.]))";
// "Bank of Kestrel", "Harbor & Peak", "Norwind i Ventures": small words that join a name's words.
const leadingName = new RegExp(`^${nameWord}(?:\\s+(?:&\\s+|of\\s+|i\\s+)?${nameWord}){0,5}`, "u");

/** "A and B also participated", "A led the round", "A führt die Runde an", "A investiert": the names come before the verb. */
const capitalName = "[\\p{Lu}\\d][\\p{L}\\d.&'’+-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'’+-]*){0,5}";
const nameList = `(?:${capitalName}(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|und|as well as|sowie)\\s+))*${capitalName}`;
const verbAfterNames = [
  "participated",
  "co-invested",
  "participating",
  "(?:co-)?led (?:the|this) (?:\\p{L}+ )?(?:round|financing|investment)",
  "(?:is|are|was|were) (?:co-)?leading (?:the|this) (?:\\p{L}+ )?(?:round|financing|investment)",
  "(?:stepped up|agreed|chose|decided) to (?:co-)?lead (?:the|this) (?:\\p{L}+ )?(?:round|financing|investment)",
  "joined (?:in )?(?:the|this) (?:\\p{L}+ )?(?:round|financing)",
  "führ(?:t|te|en|ten) (?:die|diese) \\p{L}*(?:[Rr]unde|[Ff]inanzierung) an|beteilig(?:t|en|te|ten) sich|investier(?:t|en|te|ten)",
  // "Highland steckt 25 Mio. Euro in Kestrel"
  "(?:steck|pump)(?:t|en|te|ten)",
  // "Harbor Ventures invests $4M in Kestrel": the amount follows the English verb.
  "[Ii]nvest(?:s|ed)(?= (?:US)?[$€£\\d])",
];
/** "A and other previous investors joined the round": the unnamed others follow the names. */
const othersToo =
  "(?:(?:and|as well as|along with) (?:other|several|its|all|many) (?:\\p{L}+ ){0,2}(?:investors|backers|shareholders)\\s+)?";
const namesBefore = new RegExp(
  `(?<![\\p{L}\\d.&'’+-])(${nameList}),?\\s+${othersToo}(?:(?:have|has|had|also|jointly|ebenfalls|auch)\\s+)*(?:${verbAfterNames.join("|")})(?![\\p{L}])`,
  "gu",
);

/** Words describing an investor rather than naming it ("der Berliner VC", "das Beteiligungsunternehmen", "Berlin-based", "VC Corporation"). */
const descriptor =
  /^(?:(?:\p{Lu}\p{L}+er\s+)?(?:VC|VC-Fonds|Investor|Lead-Investor|Leadinvestor|Hauptinvestor|Geldgeber|Risikokapitalgeber|Wagniskapitalgeber|Beteiligungsunternehmen|Beteiligungsgesellschaft|Investmentgesellschaft|Investmentfirma|Frühphaseninvestor|Business Angel|Family Office)\s+|[\p{L}-]+-based\s+|Corporation\s+(?=\p{Lu}))+/u;

/** A kind of investor before the name: "Silicon Valley VC firms Scale", "Israeli VCs Gemini Ventures". */
const kindBefore = /^(?:\p{Lu}\p{L}+\s+){0,3}(?:VCs|VC firms?|venture (?:capital )?firms?|investors)\s+(?=\p{Lu})/u;

/** Names that stand for a kind of investor, not one ("Business Angels", "Bestandsinvestoren"). */
const genericWord =
  /^(?:business|angels?|\p{L}*investor(?:s|en)?|family|offices?|founders?|gründer\p{L}*|vorstand\p{L}*|geschäftsführer\p{L}*|vorsitzende\p{L}*|ceo|cto|cfo|chairman|management|team|employees|mitarbeiter\p{L}*|others|weitere|\p{L}*gesellschafter\p{L}*|\p{L}*geber(?:n)?|beteiligung|participation|support|unterstützung|runde|finanzierungsrunde|kapital|capital|unternehmen|start-?ups?|series|serie|seed|round|funding|vcs?|funds?|fonds|[\p{L}-]*(?:kapital|venture|investment|beteiligungs|vc)-?(?:arm|einheit))$/iu;

/** The investors a sentence names, in the order named; those of an earlier round told in passing are left out. */
export function fundingInvestors(sentence: string): string[] {
  return [...investorsIn(sentence).names];
}

/** The investors a sentence says led the round ("led by A", "A-led", "A led the round", "unter Führung von A"). */
export function fundingLeads(sentence: string): string[] {
  return [...investorsIn(sentence).leads];
}

/** Phrases naming the lead: the names after them, or before "led the round", lead the round. */
const leadIntro =
  /^(?:(?:co-)?(?:led|lead) by|(?:die|der|das|welche) (?:von|vom|durch)|angeführt|(?:angeführt|geleitet|geführt) (?:wird|wurde)|\p{L}*runde (?:wird|wurde)|unter (?:der )?(?:führung|leitung)|führende rolle|federführung|(?:lead|haupt)-?investor)/iu;

const investorsIn = remembered(readInvestors);

const verbsNamed =
  /participat|co-invested|(?:led|lead|leading|joined|joined in) th|(?:runde|finanzierung) an\b|beteilig|investier|invests|invested|steck|pump/i;

// "… in Unternehmen wie A und B investiert": the names are what the money went into, not who gave it.
const intoBefore =
  /(?:^|\s)(?:in|an|into)\s+(?:[\p{L}-]+\s+){0,3}?(?:wie|such as|like|including|darunter|etwa)\s*$|(?:^|\s)(?:in|an|into)\s+$/iu;

// "Conviction Partners unter der Leitung von Anna Berg": the person leads the firm named before, not the round.
const firmBefore = /(?:Partners|Ventures|Capital|Fund|Fonds|VC|Invest|Group|Gruppe|Holding|AG|GmbH|SE)\s*$/u;

const roundLetterStop = /\b((?:Series|Serie)[\s-][A-H])\.\s+(?=\p{Lu})/gu;

const leadEnd = /,?\s+(?:with|along with|alongside|together with|plus|mit|gemeinsam mit|zusammen mit)\s+/iu;

type Named = { readonly names: readonly string[]; readonly leads: readonly string[] };

/** The names in order, those who led the round first: the summary tells the first as the lead. */
function readInvestors(told: string): Named {
  // "… a $12M Series A. Harbor Peak led the round": the round's letter is no initial, its full stop ends a sentence.
  const sentence = withoutPurchasePurpose(withoutAsides(withoutArmParents(told))).replace(roundLetterStop, "$1; ");
  const names: string[] = [];
  const leads: string[] = [];
  if (/-led\b/i.test(sentence)) {
    for (const match of sentence.matchAll(ledBefore))
      if (!inPast(sentence, match.index)) leads.push(...firms(match[1] ?? ""));
  }
  // Most sentences lack those verbs: one cheap test spares the search for names before them.
  if (verbsNamed.test(sentence)) {
    for (const match of sentence.matchAll(namesBefore)) {
      if (inPast(sentence, match.index) || intoBefore.test(sentence.slice(Math.max(0, match.index - 60), match.index)))
        continue;
      const verb = match[0].slice((match[1] ?? "").length);
      (/\b(?:co-)?(?:led|leading|lead)\b|führ/i.test(verb) ? leads : names).push(...firms(match[1] ?? ""));
    }
  }
  const starts = [...sentence.matchAll(intro)];
  for (const [index, match] of starts.entries()) {
    if (leadsCompany(sentence, match.index, match[0]) || inPast(sentence, match.index)) continue;
    if (/^unter/i.test(match[0]) && firmBefore.test(sentence.slice(0, match.index))) continue;
    // Each list runs to the next introducing phrase or the end of the clause.
    const from = match.index + match[0].length;
    const to = starts[index + 1]?.index ?? sentence.length;
    const list = withoutDescriptorBefore(sentence.slice(from, to), starts[index + 1]?.[0]);
    if (!leadIntro.test(match[0])) {
      names.push(...firms(list));
      continue;
    }
    // "led by A, with B participating": those after "with" took part without leading.
    const cut = leadEnd.exec(list);
    leads.push(...firms(cut ? list.slice(0, cut.index) : list));
    if (cut) names.push(...firms(list.slice(cut.index + cut[0].length)));
  }
  return { names: unique([...leads, ...names]), leads: unique(leads) };
}

/** "from Berlin-based investor A", "vom Berliner Investor A": the words before the next list's "investor" describe its name. */
function withoutDescriptorBefore(list: string, next: string | undefined): string {
  if (!next || !/investor|geldgeber/i.test(next)) return list;
  return list.replace(
    /(?:^|\s+)(?:\p{Lu}\p{L}+er|[\p{L}-]+-based|(?:the|a|an|der|die|das|dem|den|des|einem|einer|eines|vom|von)(?=\s*$))\s*$/u,
    "",
  );
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
    const name = withoutPersonDescription(firmName(part));
    return name ? [name] : [];
  });
}

/** The name in one part of a list: the words before it describe it ("existing investor Kite", "der Berliner VC A"). */
function firmName(part: string): string | undefined {
  // "the founders of Brightwave" are people, not the company named.
  // "A, a Copenhagen-based venture firm backing B2B startups": an apposition describes the name before it.
  // "und anderen Tech-Milliardären", "and other angels": others left unnamed.
  if (
    /^(?:the\s+)?(?:co-?)?founders?\s+of\b|^an?\s|^(?:andere|weitere|zahlreiche|mehrere|verschiedene|diverse)[nmrs]?\s|^(?:other|several|many|more)\s/i.test(
      part.trim(),
    )
  )
    return undefined;
  const words = clean(part.split(/\s+at\s+/).pop())
    .replace(/^(?:[\p{Ll}][\p{L}\d'’-]*\s+)+(?=[\p{Lu}\d])/u, "")
    .replace(/^(?:The|Die|Der|Das)\s+(?=\p{Lu})/u, "")
    .replace(descriptor, "")
    .replace(kindBefore, "")
    // "early-stage VC firm A": the kind's noun may follow what the lines above took away.
    .replace(/^(?:(?:venture|capital|investment|growth)\s+)*(?:firms?|funds?|investors?)\s+(?=[\p{Lu}\d])/u, "");
  // "unter Führung von Hafenblick Ventures 5 Millionen Euro eingesammelt": the amount after the name is not part of it.
  const name = leadingName
    .exec(words)?.[0]
    .replace(amountAfterName, "")
    .replace(/[.,:]+$/, "");
  // "takes Kestrel's total funding to …": a name owning what follows is not an investor of the list.
  if (!name || looksLikeAmount(name) || /['’]s$/u.test(name)) return undefined;
  if (name.split(/\s+/).every((word) => genericWord.test(word))) return undefined;
  // "die Finanzierung von Wachstum": a German abstract noun alone names no investor.
  if (!name.includes(" ") && /\p{Ll}(?:ung|heit|keit|tum|ismus)$/u.test(name)) return undefined;
  return /^(?:The|Our|Der|Die|Das|Unsere?|\d+)$/.test(name) ? undefined : name;
}

const amountAfterName = /\s+\d[\d.,]*\s*(?:Mio|Millionen|Million|Mrd|Milliarden|Tsd|Euro|EUR|USD|CHF|Franken)\b.*$/u;

function looksLikeAmount(name: string): boolean {
  return /^\d[\d.,]*\s*(?:[mkb]n?\b|mm\b|mio|mrd|millionen|million|milliarden|billion|tsd|euro|dollar|chf|usd|eur|prozent|percent|%)/iu.test(
    name,
  );
}
