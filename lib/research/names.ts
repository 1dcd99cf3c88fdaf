import { legalFormPattern } from "./legal";
import { clean } from "./text";

/** Telling people's names and job roles apart from other short capitalised text. */

const titles =
  /^((?:Prof\.|Dr\.(?:-Ing\.|\s?[a-z]+\.)*|Dipl\.-[A-Z][\w]*\.?|Mag\.(?:\s?\(FH\))?|Ing\.|DI|MBA|M\.Sc\.|B\.Sc\.)\s*)+/;
const particles = new Set([
  "von",
  "van",
  "de",
  "der",
  "den",
  "zu",
  "di",
  "da",
  "del",
  "le",
  "la",
  "du",
  "ten",
  "ter",
  "bin",
  "al",
]);
// A capitalised word, double-barrelled or not, or an initial; a second capital only after the
// prefixes of family names ("O'Neill", "N'Diaye", "McKenzie", "DeLuca"), so "LinkedIn" and "PayPal" are no names.
const nameWord =
  /^(?:(?:Mc|Mac|\p{Lu}['’]|De|Di|Da|La|Le|Van|Fitz)(?=\p{Lu}))?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\.?$|^\p{Lu}\.$/u;

// Words that appear capitalised in headings and menus but are never part of a name.
const notNames =
  /\b(who|what|why|how|we|are|you|wir|sind|team|sales|marketing|kontakt|contact|impressum|imprint|management|geschäftsleitung|geschäftsführ\w*|consulting|office|about|über|uns|unser\w*|our|services?|leistungen|karriere|careers?|jobs?|news|blog|home|start|datenschutz|privacy|produkte?|products?|solutions?|lösungen|engineering|design|support|partner|kunden|customers?|head|founder|gründer\w*|ceo|cto|coo|cfo|manager\w*|director|leiter\w*|developer|entwickler\w*|berlin|hamburg|münchen|munich|wien|zürich|london|standort\w*|niederlassung\w*|filiale|zentrale|büro|deutschland|germany|austria|österreich|academy|akademie|center|centre|help|hilfe|community|events?|status|roadmap|templates?|guides?|trust|changelog|resources|docs|pricing|preise|login|anmelden|features?|funktionen|integrations?|platform|plattform|studio|labs?|cloud|app|software|group|gruppe|holding|ventures?|capital|partners|angaben|hinweise?|informationen|steuer\w*|rechtliche\w*|register\w*|handelsregister|umsatzsteuer\w*|aufsicht\w*|verantwortlich\w*|haftung\w*|sitz|gesellschaft\w*|anschrift|adresse|streitschlichtung|vertretungsberechtigt\w*|legal|notice|disclaimer|registered|commercial|details|plans?|tarif\w*|paket\w*|package|edition|starter|enterprise|premium|basic|business|months?|monat\w*|monthly|yearly|annually|jährlich|jahr|years?|users?|nutzer|seats?|unlimited|unbegrenzt\w*|inklusive|included)\b/i;

/** True for "Lena Hoffmann", "Dr. Jonas Weber", "Anna-Lena von Berg"; false for menus, headings and job titles. */
export function isPersonName(text: string): boolean {
  const value = clean(text);
  if (value.length < 4 || value.length > 60 || /\d|[@:/|•]/.test(value)) return false;
  const words = value.replace(titles, "").split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  const named = words.filter((word) => !particles.has(word));
  if (named.length < 2 || !named.every((word) => nameWord.test(word)) || particles.has(words[0] ?? "")) return false;
  // The long vocabularies last: most texts are ruled out by their shape. "Lead Designer" has a name's shape.
  return !legalFormPattern.test(value) && !notNames.test(value) && !roleWords.test(value);
}

// Degrees and credentials after a comma: "Elena Voss, MD", "Jan Ott, M.Sc.", "Tom Berg, PhD, MBA".
const credentials = /(?:,\s*(?:\p{Lu}\p{Ll}?\.?){1,4})+$/u;
// A degree written after the name without a comma: "Tim Berg B.Sc.", "Lea Brunner MBA".
const trailingDegree = /\s+(?:[BM]\.\s?(?:Sc|A|Eng)\.?|[BM]Sc|MBA|LL\.\s?[BM]\.?|Ph\.\s?D\.?)\s*$/;

/** A person's name as written, with a salutation before it and a role, credentials or a degree after it removed. */
export function stripRole(text: string): string {
  return clean(
    text
      .replace(/^(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?)\s+/, "")
      .replace(/\s*\(.*?\)\s*$/, "")
      .replace(/\s+[–—-]\s+.*$/, "")
      .replace(credentials, "")
      .replace(trailingDegree, "")
      .replace(/,\s*$/, ""),
  );
}

// Job titles in English, whole words, and German stems, which also end compounds ("Projektleiterin",
// "Steuerfachangestellte"). Trade names that are common family names (Koch, Müller, Meister) stay out.
const roleWords = new RegExp(
  `\\b(?:${[
    "co-?founder|founder|ceo|cto|coo|cfo|cmo|cpo|cro|cio|ciso|chief|president|vp|svp|evp|head|lead|director|partner",
    "owner|principal|engineer|developer|programmer|consultant|analyst|scientist|researcher|aftersales",
    "investigator|professor|architect|specialist|assistant|officer|advisor|adviser|intern|trainee|apprentice",
    "associate|executive|coordinator|administrator|accountant|controller|bookkeeper|auditor|treasurer|secretary",
    "receptionist|recruiter|editor|writer|copywriter|journalist|strategist|producer|photographer|illustrator",
    "animator|marketer|technician|therapist|physiotherapist|dentist|hygienist|physician|pharmacist|lawyer",
    "attorney|solicitor|counsel|paralegal|representative|agent|ambassador|evangelist|advocate|expert|member",
    "board|chair|chairman|chairwoman|investor|shareholder|freelancer|volunteer|deputy|sales|marketing|office",
    "account|customer|success|operations|hr|people|finance|support|consulting|management|communications",
    "engineering|design|growth|creator|talent|scrum|backoffice",
  ].join("|")})s?\\b|${[
    "gründer|inhaber|gesellschafter|geschäftsführ|vorstand|vorsitz|prokurist|aufsichtsrat|beirat|leiter|leitung",
    "berater|beratung|referent|assistent|assistenz|sachbearbeit|fachangestellt|fachkraft|fachwirt|techniker",
    "ingenieur|entwickler|manager|betreu|therapeut|ärzt|anwalt|anwält|prüfer|designer|architekt|kauffrau",
    "buchhalt|disponent|monteur|mechatroniker|elektriker|verkäufer|vertrieb|verwaltung|redakt|übersetzer",
    "azubi|auszubildend|praktikant|werkstudent|mitarbeiter|trainer|projektmanag|teamlead|kommunikation|einkauf",
    "empfang|innendienst|außendienst|controlling|kundenservice|kundendienst|personalwesen|recruit",
    "partnerin|sekretär|arzt|heilprakti|friseur|koordinator|spezialist|administrator|einkäuf|mechaniker",
    "elektroniker|lagerist|technik|verkauf|disposition|auftragsabwicklung",
  ].join("|")}`,
  "iu",
);

const callToAction =
  /^(contact|kontakt|learn|mehr|read|lesen|more|view|ansehen|sign|log|start|get|try|book|buchen|download|apply|bewerben|subscribe|join|jetzt)\b/i;

/** Menu and button labels sit next to names in menus; they are never roles. */
export function isCallToAction(text: string): boolean {
  return callToAction.test(clean(text));
}

/** True when a short text reads as a job role ("Founder / CEO", "Head of Sales", "Geschäftsführerin"). */
export function isRole(text: string): boolean {
  const value = clean(text);
  return value.length >= 2 && value.length <= 80 && roleWords.test(value) && !/[@]|https?:/.test(value);
}

// A given name alone, or with an initial: "Anna", "Vanessa.H", "Tom B.".
const firstNameShape = /^\p{Lu}\p{Ll}{1,19}(?:[.\s]?\p{Lu}\.?)?$/u;

/** True for a first name standing alone on a card ("Anna"); false for menus, towns in the vocabulary and roles. */
export function isFirstName(text: string): boolean {
  const value = clean(text);
  return firstNameShape.test(value) && !notNames.test(value) && !roleWords.test(value) && !legalFormPattern.test(value);
}

// Two people named in one line: "Anna Berg & Tom Li", "Anna Berg und Tom Li".
const pairSplit = /\s+(?:&|und|and)\s+/;
// The names a fact list's value cell gives: "Anna Berg · Tom Li · Eva Kurz", "Anna Berg, Tom Li und Eva Kurz".
const listSplit = /\s*[·•|;]\s*|\s*,\s*(?:(?:und|and)\s+)?|\s+(?:&|und|and)\s+/;

/**
 * The people a line names, each by full name, else undefined: two in a line of text, up to six in
 * the value cell of a fact list (`<dd>`, `<td>`), where a line of names is what the label is about.
 */
export function namePair(text: string, cell = false): string[] | undefined {
  const split = cell ? listSplit : pairSplit;
  const names = split.test(text) ? text.split(split) : [];
  const most = cell ? 6 : 2;
  return names.length >= 2 && names.length <= most && names.every((name) => isPersonName(name)) ? names : undefined;
}

/** A name typed in capitals, written as a name: "MAX WEIDNER" → "Max Weidner". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
