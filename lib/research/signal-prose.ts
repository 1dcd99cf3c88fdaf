import type { SignalType } from "../model/signal";
import { classifyUrl } from "./links";
import { isPersonName } from "./names";
import { purchaseTold } from "./signal-acquisitions";
import { expandsInto, expandsTo, headlineCase, officeNamed, placeAt, placeWord, regionNamed } from "./signal-places";
import { contentLaunch, plannedLaunch } from "./signal-planned";
import { purchaseNews } from "./signal-purchases";
import { gladQuote, staffAppointment } from "./signal-roles";
import type { PageKind } from "./types";
import { parseUrl } from "./url";

/**
 * Events told in prose besides funding: hiring, launches, new markets, leadership changes,
 * partnerships, companies bought. A pattern finds the words; a check on the sentence then tells news from copy
 * that only uses them ("Launch your campaigns", "We partner with finance teams").
 */

export type ProseType = Exclude<SignalType, "funding">;

const leaderRole =
  "(?:c[a-z]o\\b|chief|vp\\b|vice president|head of|president|managing director|general manager|general counsel)";

export const prosePatterns: readonly (readonly [ProseType, RegExp])[] = [
  [
    "hiring",
    /\b(we['’]?re hiring|we are hiring|now hiring|join our team|wir stellen ein|wir suchen|suchen (?:\d+ )?(?:neue )?(?:kolleg|mitarbeit|talente)|(?:zur|suchen|sucht|brauchen) verstärkung|verstärkung (?:für|unseres|unserer|in unserem)|open (?:positions|roles|jobs)|offene stellen|\d+ (?:open|new) (?:\w+ )?(?:roles|positions|jobs)|(?:is|are) hiring|hiring for|looking for (?:a|an|great|talented)|come work with us|komm in unser team|(?:is|are) (?:rapidly |quickly )?growing (?:its|our|the) (?:\w+ )?team|grow(?:s|ing)? (?:its|our) (?:\w+ )?team|double (?:its|our|the) team|to hire (?:another |over |more than |up to |about |around )?\d|will (?:be )?hir(?:e|ing)\b|(?:double|triple) (?:its|our|the) headcount|stell(?:t|en) (?:\S+ ){0,4}\d+ (?:neue )?\S+ ein\b)/i,
  ],
  [
    "product-launch",
    /\b(launch(?:es|ed|ing)|launch of|(?<=^|\n)release (?!notes?\b|dates?\b|candidates?\b|schedule\b|cycle\b)[^\s,.;:]+(?: [^\s,.;:]+){0,4}(?=\.?(?:\n|$))|(?:is|are) now live\b|(?:we|will|we['’]ll) launch|launcht\w*|introduc(?:es|ed|ing)|unveil(?:s|ed)?|now available|generally available|general availability of|released|releases (?:a|an|the|its|version|v?\d)|startet .{1,40}(?:plattform|app|produkt|lösung|service|dienst|software|version|funktion|modul|angebot)|stellt .{1,100} vor|(?:hat|haben) .{1,100}? (?:vorgestellt|gelauncht)|(?:hat|haben) .{0,60}?neue\w* .{0,60}?(?:technologie|plattform|software|version|lösung|app|produkt|funktion|engine)\w* .{0,60}?veröffentlicht|führt .{1,60} ein|neue[sn]? (?:produkt(?:linie|reihe|familie|serie)?|feature|funktion|version|lösung)|präsentiert (?:\S+ ){0,2}?(?:neue|innovative|erste)\w*|brings? .{1,40} to market|bringt .{1,60} auf den markt|markteinführung|(?:excited|proud|thrilled|pleased|happy|delighted) to (?:introduce|launch|unveil)|freuen uns,? .{1,80}?vorzustellen|(?<=^|\n)einführung (?:von|des|der|unseres|unserer) \S+|(?:ab sofort|ab heute|jetzt) .{0,60}(?:verfügbar|erhältlich))\b/i,
  ],
  [
    "new-market",
    /\b(?:expand(?:s|ed|ing)? (?:\w+ ){0,3}?(?:in)?to|expansion (?:in)?to|enter(?:s|ed|ing)? the [\w\s-]{1,30} market|new office in|based (?:out of|in|at|from) (?:\S+ ){0,3}new (?:\S+ ){1,2}(?:office|hub|headquarters|branch)\b|open(?:s|ed|ing)? (?:\S+ ){0,4}(?:offices?|hubs?|branch(?:es)?|subsidiar(?:y|ies)|headquarters)\b|(?:go(?:es)?|went|is now|are now) live in \S|(?:has|have) landed in \S|expan(?:d|ds|ded|ding|sion) (?:\w+ )?(?:across|throughout) \S|launch(?:es|ed)? in \S|(?:now )?available in \S|(?:ist|sind) (?:\S+ )?(?:jetzt|nun|ab sofort) auch in .{1,40}(?:vertreten|aktiv|präsent)|(?:startet|startete|gestartet) (?:(?:jetzt|nun|auch|offiziell|ab sofort|erfolgreich) ){0,3}in \S|roll(?:s|ed|ing)? out (?:\S+ ){0,3}?in \S|(?:arriv(?:es|ed)|debut(?:s|ed)?) in \S|bring(?:s|ing)? (?:\S+ ){1,3}to \S|(?:is|are) (?:now )?coming to \S|(?:bringt|kommt) (?:\S+ ){0,4}nach \S|open(?:s|ed|ing) (?:of )?(?:(?:a|an|the|its|our|their|new|first|second|third|fourth|fifth|next|another|flagship|\d+(?:st|nd|rd|th)?) ){0,3}(?:locations?|stores?|shops?|showrooms?|outlets?) in \S|(?:location|store|showroom|outlet|office|branch) in \S+(?: \S+){0,3} (?:has |have )?opened\b|new (?:\S+ ){0,2}(?:locations?|stores?|showrooms?|outlets?) in \S|(?:jetzt|nun|ab sofort) (?:auch )?in .{1,80}?(?:vertreten|aktiv|präsent) (?:ist|sind)\b|eröffne\w* .{0,40}(?:büro|standort|niederlassung|filiale|tochter\w*)|neue[nrs]? (?:büro|standort|niederlassung|filiale|store) i[nm]\b|(?:office|hub|cent(?:er|re)|campus|store|branch|location|showroom) opens in \S|(?:zweite[nr]?|dritte[nr]?) (?:büro|standort|niederlassung)\b|expandier\w* .{0,40}nach|markteintritt\b|neuen markt\b)/i,
  ],
  [
    "leadership-change",
    new RegExp(
      [
        "\\b(?:appoint(?:s|ed)\\b|appointment of)",
        `\\b(?:names?|named|welcomes?|welcomed|welcoming|hires?|hired|promotes?|promoted) .{1,40}? (?:as |to )?(?:(?:its|our|the) )?(?:new |first )?${leaderRole}`,
        // "… as Kestrel Labs' new and first Chief Operating Officer"
        `\\bas (?:its|our|the|(?:[\\w.&-]+ ){0,2}[\\w.&-]+['’]s?) new (?:and first )?${leaderRole}`,
        `\\b(?:join(?:s|ed)?|succeed(?:s|ed)?) (?:\\S+ ){0,3}as (?:(?:its|our|the) )?(?:new |first )?${leaderRole}`,
        `\\b(?:been|was|is) named (?:as )?(?:(?:its|our|the) )?(?:new |interim )?${leaderRole}`,
        "\\btr(?:itt|at|eten) (?:.{1,60} )?in (?:die|den) (?:geschäftsführung|geschäftsleitung|unternehmensleitung|vorstand|aufsichtsrat|beirat)\\b",
        "\\b(?:join(?:s|ed|ing)?|elected to|appointed to) (?:the |its |our |[\\w.&-]+['’]s )?(?:\\w+ )?board(?=[.,;:!]|$| (?:as|of directors|effective|today|with|and|in|on|at)\\b)",
        "\\b(?:in den (?:aufsichtsrat|beirat|verwaltungsrat)|zum (?:\\w+ )?(?:aufsichtsrats|beirats|verwaltungsrats)\\w*) (?:\\S+ ){0,3}(?:gewählt|berufen|bestellt|ernannt|aufgenommen)",
        "\\b(?:adds?|added) (?:(?:two|three|four|several|new|renowned|seasoned|senior|experienced) )*(?:executives (?:to|as|—|–)|leaders as)",
        "\\b(?:takes? over as|new (?:c[a-z]o|chief \\w+ officer)\\b|promoted to|steps? down)",
        "\\b(?:ernennt|neue[rn]? (?:geschäftsführer\\w*|c[a-z]o\\b|chief \\w+ officer|vorstand\\w*))",
        "\\bzu[mr] (?:neue[nr] |weitere[nr] )?(?:geschäftsführer\\w*|vorstand\\w*|vorsitzende\\w*|c[a-z]o\\b|chief \\w+ officer)[^.]{0,40}\\b(?:bestellt|berufen|ernannt|gewählt)",
        "\\bverstärk\\w* (?:\\S+ ){0,3}(?:die |den |das )?(?:geschäftsführung|geschäftsleitung|vorstand|führungsteam|management-team)",
        "\\bin die (?:geschäftsführung|geschäftsleitung|unternehmensleitung)\\b.{0,60}?\\b(?:eingetreten|berufen|aufgenommen|gewechselt|bestellt)",
        "\\bwechsel (?:in der|an der) (?:geschäftsführung|geschäftsleitung|spitze|führungsspitze|unternehmensspitze)",
      ].join("|"),
      "i",
    ),
  ],
  // Apart: no word boundary stands before "ü", and a lookbehind among the others would slow the search of them all.
  [
    "leadership-change",
    /(?<![a-zäöüß])übernimm?t .{0,40}(?:die (?:leitung|geschäftsführung|position)|den vorsitz|[a-zäöüß]*leitung\b)|\b(?:hat|haben) .{1,60}die (?:leitung|geschäftsführung) .{0,100}übernommen/i,
  ],
  // A cheap first look; `purchaseNews` then asks for the firm's name (see signal-purchases.ts).
  [
    "acquisition",
    /\b(?:acqui(?:re[sd]?|ring|sitions?)|merg(?:es|ed|er|ing)|buys?|bought|erwirbt|erworben|kauft|gekauft|zukauf\w*|fusion\w*)\b|übernimmt|übernommen|übernahme/i,
  ],
  [
    "partnership",
    /\b(?:partner(?:s|ed)? with|partnership with|(?:and|\w+ &) \S+(?: \S+){0,4} partner (?:to|on|for|in)\b|strategic (?:partnership|collaboration|alliance)|teams? up with|join(?:s|ed|ing)? forces|join(?:s|ed)? the .{1,40}partner (?:program|programme|network)|(?:is now|became|becomes) an? (?:\S+ ){0,3}partner\b|(?:ist|sind|wird|wurde) (?:jetzt |nun |ab sofort )?(?:(?:offizielle|zertifizierte|neue|strategische)[rn]? )+(?:\S+-)?partner|(?:wird|wurde|ist) (?:\S+ )?(?:(?:offizielle|zertifizierte|neue|strategische)[rn]? )?(?:entwicklungs|technologie|vertriebs|integrations|kooperations|implementierungs|lösungs)partner\b|kooperation mit|kooperier\w*|(?:tritt|treten|trat|traten) .{1,60}partner-?programm\w* .{0,40}bei\b|(?:wird|werden|wurde) mitglied (?:des|im) .{0,40}partner-?programm|(?:partnerschaft|kooperation) (?:mit|eingegangen|geschlossen|vereinbart|gestartet|beschlossen)|(?:announc\w*|launch\w*|unveil\w*|releas\w*|introduc\w*|kündigt|startet|stellt|veröffentlicht) (?:\S+ ){0,4}integration (?:with|mit) \S|(?:strategische|langfristige|exklusive)n? (?:partnerschaft|kooperation)|(?<=^|\n)neue (?:kooperation|partnerschaft)\b|arbeitet .{1,40} zusammen)/i,
  ],
];

/**
 * Each pattern once more with `g`: a sentence may use the words as copy first and as news later.
 * Leadership changes, the one type with two patterns, are judged on the whole sentence instead.
 */
const everyMatch = new Map(
  prosePatterns
    .filter(([type]) => type !== "leadership-change")
    .map(([type, pattern]) => [type, new RegExp(pattern.source, "gi")]),
);

const legalPath =
  /\/(?:privacy|privacy-policy|datenschutz\w*|data-protection|terms|agb|legal|cookies?(?:-policy)?|disclaimer|imprint)(?:[/.]|$)/i;

/** The kinds of event a page of this kind tells of: a case study tells its customer's, a job ad of the job. */
export function typesOnPage(url: string): (type: ProseType) => boolean {
  const parsed = parseUrl(url);
  const kind: PageKind | undefined = parsed ? classifyUrl(parsed) : undefined;
  // A case study tells its customer's news; a legal page ("We have appointed a data protection officer") none.
  if (kind === "customers" || kind === "impressum" || (parsed && legalPath.test(parsed.pathname))) return () => false;
  if (kind === "careers" || kind === "job-board") return (type) => type === "hiring";
  // Bios tell what people did at former employers ("launched its payments unit"), not the company's news.
  if (kind === "team") return (type) => type === "hiring" || type === "leadership-change";
  return () => true;
}

// Copy that is no news, whatever the type.
const question = /\?["“”'»«)]?$/;
const jobAd = /\([mwfdx](?:\s*[/|,]\s*(?:[mwfdx]|div)){1,2}\)|\(all genders?\)/i;
const customerSubject = /^(?:our|unser\w*) (?:customers?|clients?|kund\w*|mandant\w*)\b/i;
// The sentence's first word as a command: "Launch your …", "Expand into …", "Starten Sie …". The word
// after it tells a command from a name ("Open Systems partners with …") or a noun ("Launch of …").
const commandVerb =
  /^(?:launch|release|introduce|unveil|expand|enter|open|partner|join|start|grow|scale|bring|go|become|discover|get|try|book|schedule)\s+(\S+)/i;
const germanCommand = /^\p{L}+en Sie\b/u;
// The reader as the one acting or addressed: English in any case, German formal "Sie" only mid-sentence.
const readerEnglish = /\b(?:you|your|you're|you'll)\b/i;
const readerGerman =
  /(?<!^)\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b|\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Ee]ure?[mnrs]?)\b/u;
// Someone else acting with the company's help: "helps finance teams launch …".
const helped =
  /\b(?:help(?:s|ed|ing)?|enables?|lets|allows?|empowers?|hilft|helfen|ermöglicht|unterstützt|unterstützen|begleiten|begleitet)\b(?:\s+[^\s,;:–—]+){0,5}\s*$/i;

// Per type, words that look like news but are not.
const notNews: Partial<Record<ProseType, RegExp>> = {
  // "Wir suchen 1,5 Millionen Euro in einer Seed-Runde" seeks money, not people.
  hiring:
    /\bstellen sie\b|\bwir suchen (?:[^.]|\.(?=\d)){0,40}?(?:euro\b|eur\b|€|\$|millionen|investor\w*|kapital|geldgeber|finanzierung)|\bwir suchen (?:gemeinsam|für (?:sie|ihr\w*|unsere kunden)|mit ihnen|nach|stets|immer|die (?:beste|passende|richtige|optimale))\b|\blooking for (?:a|an) (?:\w+ )?(?:partner|solution|way|tool|platform|software|provider|agency|vendor|job|role|position|opportunity|challenge)\b/i,
  // A bio's career ("He then joined Kestrel in 2014 as CRO", "Prior to Brightwave, she was promoted to VP").
  "leadership-change":
    /^(?:he|she|they|prior to|before (?:joining|that)|previously|most recently|earlier in (?:his|her|their) career|in (?:his|her|their) (?:previous|prior|last|former) role)\b|\bthen joined\b|\b(?:\d+|two|three|four|five|ten) years ago\b|\bvor (?:\d+|zwei|drei|vier|fünf|zehn) jahren\b|\bappointed (?:representative|dealer|distributor|reseller|agent)s?\b|\bappointed (?:an? |the |its |our )?(?:designated |external |internal |official |independent )?(?:data protection|privacy|grievance|compliance|nodal|security|safety|whistleblowing|ombuds\w*)\b|\bappointed .{1,60}\bas (?:its|our|their|the) (?:\w+ ){0,2}(?:representative|agent|hotel|venue|distributor|supplier|auditor|partner)s?\b|\bsteps? down (?:the )?(?:voltage|transformer|converter)|\bstep-down\b/i,
  // A launch before the page's news, told in passing ("momentum …, which includes the launch of …"), a partnership
  // that launched ("The partnership launched in Q4"), or a company introducing itself ("Kranich stellt sich vor").
  "product-launch":
    /\b(?:after|since|before|until|when|follows?|following) (?:(?:the|our|its) |(?:we|they|it)(?:['’]ve| have| had)? )?launch(?:ing|ed)?\b|\blaunch\w* (?:(?:over|more than|nearly|almost|upwards of) [\d,.]+|\d{1,3}(?:[,.]\d{3})+)|\blaunch\w* into (?:new|other|more) markets\b|\b(?:he|she) (?:has |had )?(?:released|launched|introduced|unveiled)\b|\b(?:is|are) being introduced\b|\b(?:team|kolleg\w*|mitarbeiter\w*|neuzugänge|neuzugang|beirat|geschäftsführ\w*|referent\w*)\b[^.]{0,30}vorzustellen|\bintroduc\w* (?:our |the |its )?(?:new )?(?:advisors?|advisory|board|team|members?|colleagues?|hires?|employees?|people|faces|speakers?|investors?|interns?)\b|\b(?:which|that) includ(?:es|ed) (?:the )?launch(?:es)? of\b|\bintroduc\w* (?:a|an) (?:better|new|smarter|faster|easier|simpler|modern) way\b|\blaunch(?:es|ed|ing)? (?:\w+ )?(?:faster|quicker|sooner|in (?:minutes|hours|days|weeks))\b|\b(?:the|its|our|their) (?:recently |newly |previously |already )?(?:released|launched) (?!(?:today|this|on|in|at|by)\b)[a-z]|\b(?:partnership|collaboration|cooperation|alliance|joint venture|partnerschaft|kooperation) (?:(?:was|has|had|officially|first|offiziell) )*launch\w*|\b(?:stell(?:t|en|te|ten)) sich (?:\S+ ){0,4}?vor\b/i,
  // "Since opening our first store in 2009, …": the company's start, not its news.
  "new-market": /\b(?:since|seit) (?:the |der |dem )?(?:opening|eröffnung)\b/i,
  // "… and become a partner for …": a role offered, not two companies teaming up.
  // Founders "joining forces" before they founded the company ("Before joining forces, they worked with …").
  partnership:
    /\b(?:before|after|since|prior to|bevor|nachdem) (?:\S+ ){0,2}?join(?:ing|ed)? forces\b|\b(?:a|an|the|our|your|their|its|trusted|preferred|ideal|perfect|right|reliable|strong|long-term|become|becoming) partner (?:to|on|for|in)\b|\bpartner(?:s|ed|ing)? with (?:(?:the|a|an) )?(?:[a-z]\S* ){0,2}(?:teams?|companies|businesses|brands|organi[sz]ations|clients|customers|leaders|startups|agencies|enterprises|founders|people|retailers|you)\b|\b(?:partnerschaft|kooperation|kooperier\w*) mit (?:\S+ ){0,2}(?:ihnen|kunden|unternehmen|partnern|herstellern|händlern|städten|kommunen|gemeinden|behörden|anbietern|hochschulen|universitäten)\b|\bzusammen mit (?:vielen|zahlreichen|anderen|unseren|ihren)\b|\bpartner(?:s|ed|ing)? with (?:our|their|its|the) (?:\S+ ){0,3}(?:investors?|backers?|shareholders?)\b|\bpartners with (?:the )?(?:participation|additional|existing|support|backing|co-investment|follow-on)\b/i,
};

/** Whether a sentence the type's pattern found tells an event of that type; `firms` have a legal form on the page. */
export function isEvent(type: ProseType, sentence: string, firms?: ReadonlySet<string>): boolean {
  if (question.test(sentence) || customerSubject.test(sentence)) return false;
  if (type !== "hiring" && jobAd.test(sentence)) return false;
  if (notNews[type]?.test(sentence)) return false;
  if (type === "hiring") return !plannedGrowthOnly(sentence);
  if (isCommand(sentence)) return false;
  // A leadership change or a market entry is never told to the reader; a job ad ("As our new CTO you
  // will …") or a consultant's offer ("Wir begleiten Ihren Markteintritt") is.
  if (type === "leadership-change" || type === "new-market") {
    if (readerEnglish.test(sentence) || readerGerman.test(sentence)) return false;
  }
  if (type === "leadership-change")
    return !advisoryOnly(sentence) && !guestWelcomed(sentence) && !staffAppointment(sentence);
  if (type === "partnership" && gladQuote(sentence)) return false;
  // "We help you acquire Harbor-sized accounts": the reader's purchase is no news of the company.
  if (type === "acquisition")
    return purchaseNews(sentence, firms) && !readerEnglish.test(sentence) && !readerGerman.test(sentence);
  const pattern = everyMatch.get(type);
  if (!pattern) return false;
  for (const match of sentence.matchAll(pattern)) {
    if (isNews(type, sentence, match.index ?? 0, match[0])) return true;
  }
  return false;
}

// An advisory board advises the company and leads nothing; the company's own board does.
const advisory = /\badvis(?:ory|ers?|ors?)\b|\bbeir(?:at|äte)|\bmentors?\b/i;
// The role taken, not one held before: "as CTO", "zum Geschäftsführer", "to its board of directors".
const roleTaken = new RegExp(
  `\\b(?:as|als|to|zu[mr]) (?:(?:its|our|the|new|first|neue[nr]?|ersten?)\\s+)*(?:${leaderRole}|geschäftsführ|vorstand|(?:supervisory |executive )?board of directors|aufsichtsrat)`,
  "i",
);

/** "Anna Berg joins the advisory board", "beruft Tom Hale in den Beirat": an adviser, unless a leading role is taken too. */
function advisoryOnly(sentence: string): boolean {
  return advisory.test(sentence) && !roleTaken.test(sentence);
}

// A guest welcomed to an event ("to our panel", "to the Future of Work panel", "as a speaker") or by a role
// held elsewhere ("the CEO and founder of Northwind") joins no team; a leader joining the company is welcomed
// "as" the role. The words before the event's noun may name it, but not the team or the board.
const guestPlace =
  /\b(?:welcom|begrüß)\w* .{1,100}?\b(?:to|on|onto|at|for|of|joins?|auf|im|beim|zum|zur) (?:the |our |its |their |this year['’]s |a |an |dem |der |den |unsere[mr]? )?(?:(?!team\b|board\b|company\b|family\b)[\w'’&-]+ ){0,4}?(?:panel|stage|podcast|show|webinar|conference|summit|meetup|event|episode|session|line-?up|fireside|roundtable|keynote|table|booth|studio|jury|podium|bühne|gipfel|kongress|konferenz|veranstaltung|diskussion)(?:s|en)?\b/i;
const guestRole =
  /\b(?:as|als) (?:a |an |our |the |its |unse?re[nrm]? )?(?:\w+ )?(?:guest|speaker|keynote|panell?ist|moderator|host|judge|juror|presenter|gast|referent|sprecher|redner|moderator)(?:s|in|innen)?\b/i;
const roleElsewhere = new RegExp(
  `\\bwelcom\\w* .{0,60}?\\b${leaderRole}(?: (?:and|&) \\w+)? (?:\\w+ )?(?:of|at|from) (?!(?:us|our|here)\\b)\\S`,
  "i",
);

const roleAs = new RegExp(
  `\\b(?:as|als) (?:(?:its|our|the|new|first|neue[rn]?|unse?re[nr]?)\\s+)*(?:${leaderRole}|geschäftsführ)`,
  "i",
);

function guestWelcomed(sentence: string): boolean {
  if (!/welcom|begrüß/i.test(sentence)) return false;
  return (
    (guestPlace.test(sentence) || guestRole.test(sentence) || roleElsewhere.test(sentence)) && !roleAs.test(sentence)
  );
}

function isCommand(sentence: string): boolean {
  const next = commandVerb.exec(sentence)?.[1];
  if (next !== undefined && next.toLowerCase() !== "of") {
    return /^(?:your|you|the|a|an|our)$/i.test(next) || /^\p{Ll}/u.test(next);
  }
  return germanCommand.test(sentence);
}

function isNews(type: ProseType, sentence: string, at: number, words: string): boolean {
  const after = sentence.slice(at, at + words.length + 25);
  if (readerEnglish.test(after) || readerGerman.test(after)) return false;
  if (helped.test(sentence.slice(Math.max(0, at - 60), at))) return false;
  if (type === "product-launch" && (plannedLaunch(sentence, at, words) || contentLaunch(sentence, at, words)))
    return false;
  if ((type === "product-launch" || type === "partnership") && purchaseTold(sentence, at, type === "partnership"))
    return false;
  if (type === "new-market" && /\bin \S+$/i.test(words)) {
    const rest = sentence.slice(at + words.length - 1);
    // "now available in Kestrel", "live in Slack": a product names its host there, a market is named.
    if (!/(?:available|live) in \S+$/i.test(words)) return placeWord(rest);
    return placeAt(rest, sentence, { headline: headlineCase(sentence, at), host: true });
  }
  // "brings its platform to the UK", "kommt nach Österreich": a product or a partner may follow "to" as well.
  if (type === "new-market" && /(?:\bto|\bnach) \S$/i.test(words)) {
    const options = { headline: headlineCase(sentence, at), host: /to \S$/i.test(words) };
    return placeAt(sentence.slice(at + words.length - 1), sentence, options);
  }
  // "to drive … expansion into new markets" is a goal; a market entered is named.
  if (type === "new-market" && /\bto$/i.test(words)) return expandsTo(sentence.slice(at + words.length));
  if (type === "new-market" && /\binto$/i.test(words))
    return expandsInto(sentence.slice(at + words.length), sentence, headlineCase(sentence, at));
  if (type === "new-market" && /^based /i.test(words)) return officeNamed(words);
  // "expansion across Europe" names a region; "… across the organisation" does not.
  if (type === "new-market" && /(?:across|throughout) \S$/i.test(words))
    return regionNamed(sentence.slice(at + words.length - 1));
  // "general availability of Flux" names a product; "… of data" does not.
  if (/availability of$/i.test(words)) return /^\s*\p{Lu}/u.test(sentence.slice(at + words.length));
  // "announces integration with Salesforce" names a company; "… integration with your CRM" does not.
  if (type === "partnership" && /integration (?:with|mit) \S$/i.test(words)) return /\s\p{Lu}$/u.test(words);
  if (type === "partnership" && /forces$/i.test(words)) return !foundersJoined(sentence.slice(0, at));
  // "Kestrel and Harbor Bank Partner on …" names companies; "… and our experts partner for …" does not.
  const partners = /(?:and|&) (.+) partner \w+$/i.exec(words)?.[1];
  if (type === "partnership" && partners) return partners.split(" ").every((word) => /^[\p{Lu}\d]/u.test(word));
  // "Einführung von Kestrel Park" heads a post; a longer sentence tells of introducing something at a client.
  if (/^einführung/i.test(words)) return sentence.length <= 80;
  // "Introducing Flow" and "is introducing" announce; "said introducing AI into …" does not.
  if (/^introducing$/i.test(words))
    return at === 0 || /(?:\b(?:is|are|now)|'re|[:–—-])\s+$/i.test(sentence.slice(0, at));
  return true;
}

// "Anna Berg and Tim Roth joined forces to build …": founders starting a company, not two companies teaming up.
const foundersBefore =
  /\b(?:founders?|co-?founders?|friends|colleagues|engineers|developers|brothers|sisters|gründer\p{L}*|freunde)\s+(?:\p{L}+\s+)?$/iu;

function foundersJoined(before: string): boolean {
  const subject = before.replace(/\s+(?:have|has|had|then|finally|eventually)\s*$/i, "").trim();
  if (foundersBefore.test(`${subject} `)) return true;
  const named = subject.split(/,\s*|\s+(?:and|und|&)\s+/).slice(-2);
  return named.length === 2 && named.every((part) => isPersonName(part.replace(/^.*,\s*/, "")));
}

// "The round will help us grow our team": money's use told, not roles open. A hiring phrase told outright
// elsewhere in the sentence ("We are growing our team and will double it") keeps it.
const growthPhrase = /^grow/i;
const plannedBefore = /\b(?:will|'ll|shall|to|plans? to|aims? to)\s+(?:\S+\s+){0,3}$/i;

function plannedGrowthOnly(sentence: string): boolean {
  const pattern = everyMatch.get("hiring");
  if (!pattern || !/\bgrow/i.test(sentence)) return false;
  for (const match of sentence.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (!growthPhrase.test(match[0]) || !plannedBefore.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  }
  return true;
}
