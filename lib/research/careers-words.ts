/** The words by which a careers page tells its ads from its sections, its buttons and its chrome. */

export const openingsHeading =
  /open (?:positions|roles|jobs|vacancies)|current (?:openings|vacancies)|job openings|(?:offene|aktuelle|unsere|alle|freie) (?:stellen|positionen)|stellenangebote|we'?re hiring|wir stellen ein|join (?:our|the) team|karriere|careers|jobs/i;

/**
 * Headings over the list of ads itself ("Open positions", "Offene Stellen"), not over the whole
 * careers page ("Careers"): the links under them are ads wherever they lead.
 */
export const listingHeading =
  /\b(?:open (?:positions|roles|jobs|vacancies)|current (?:openings|vacancies|opportunities|positions)|job openings|vacancies|(?:offene|aktuelle|freie) (?:stellen|positionen)|stellenangebote|unsere stellen|ledige stillinger|vacatures|we'?re hiring|we are hiring|wir stellen ein)\b/i;

// Gender markers are a sure sign of a German job ad: "(m/w/d)", "(w/m/x)", "(m-w-d)", "(m/w/div)",
// "(all genders)", or bare after the title ("Baggerfahrer m/w/d").
const genderMarker =
  /\((?:[mwfdxi](?:\s*[/|,*-]\s*(?:[mwfdxi]|div(?:ers)?\.?)){1,3}|mwd|gn\*?|all genders|alle geschlechter)\)|(?:^|\s)[mwf]\s?\/\s?[mwf]\s?\/\s?(?:[dxi]|div(?:ers)?\.?)(?=$|[\s,;:])/i;
// The same in a word's ending: "Elektrotechniker/-in", "Werkstudent:in", "Berater*in" (a whole
// word, so that "linkedin.com/in/…" is none).
const genderSuffix = /(?:^|[\s("'„-])\p{L}{3,}(?:\/-?|:|\*)in\b/u;

/** A title written as a German ad's, by its gender marker or gender suffix. */
export function hasAdMarker(text: string): boolean {
  return genderMarker.test(text) || (text.length <= 90 && genderSuffix.test(text));
}

// Job words; German stems also inside compounds ("Industriemechaniker", "Softwareentwickler").
const englishJobWords = String.raw`\b(?:engineer|developer|manager|designer|consultant|analyst|scientist|architect|technician|coordinator|representative|specialist|intern|internship|trainee|sales|account executive|recruiter|administrator|accountant|controller|director|officer|clerk|operator|driver|writer|editor|researcher|agent|nurse|assistant|lead|head of)(?:s|in|innen)?\b`;
// "…mitarbeiter" only at a word's end ("Lagermitarbeiter", not "Mitarbeiterstimmen"), "…kraft" only
// for a role ("Bürokraft", not "Innovationskraft").
const germanJobStems =
  "(?:entwickler|techniker|mechaniker|mechatroniker|elektriker|elektroniker|ingenieur|berater|kaufm|kauffrau|kaufleute|vertrieb|monteur|leiter|fachkraft|technologe|technologin|referent|assistenz|assistent|sachbearbeiter|buchhalter|disponent|verkäufer|fahrer|praktik|werkstudent|azubi|ausbildung|spezialist|programmierer|aushilfe|minijob|mitarbeiter(?:in|innen)?(?![\\p{L}])|(?:büro|reinigungs|service|pflege|küchen|verkaufs|hilfs|lager)kraft)";
export const jobWords = new RegExp(`${genderMarker.source}|${englishJobWords}|${germanJobStems}`, "iu");

// An application without an ad ("Initiativbewerbung", "Open application"): boards list it like a job.
export const openApplication =
  /initiativbewerbung|initiativ bewerben|unsolicited application|open application|speculative application|spontaneous application|spontanbewerbung|general application/i;

export const callToAction = new RegExp(
  `^(?:apply|apply now|bewerben|jetzt bewerben|more|mehr|more information|mehr erfahren|learn more|details|view|view job|ansehen|see all|alle|read more|weiterlesen|zur stelle|→)\\b|${openApplication.source}`,
  "i",
);

// Headings of the page's sections rather than of one job: "Ausbildung bei uns", "Warum wir?", "Unsere Benefits",
// and the notice that there is none ("Aktuell keine offenen Stellen", "No open positions").
export const sectionWords =
  /\?$|\b(?:bei uns|mit zukunft|warum|why|unsere?|our|your|deine?|ihre?|was wir|what we|für (?:dich|sie|schüler|studenten|studierende|praktikanten|azubis|auszubildende|absolventen|berufseinsteiger|quereinsteiger)|keine (?:offenen |freien )?(?:stellen|positionen|vakanzen|jobs)|no (?:open |current )?(?:positions|openings|vacancies|roles))\b/i;

export const applyLabel = /^(?:apply|apply now|bewerben|jetzt bewerben|hier bewerben|online bewerben)\b/i;

// A document's label around an ad's title: "Stellenanzeige Monteur (m/w/d) [PDF]", "… (PDF, 120 KB)", "… – PDF".
const documentLabel =
  /^(?:stellenanzeige|stellenausschreibung|stellenangebot|stellenbeschreibung)\s*[:–-]?\s+|\s*(?:[[(]\s*pdf\b[^\])]{0,20}[\])]|[–—|-]\s*pdf|\.pdf)$/gi;

/** An ad's title without the label of the document it is linked as. */
export function withoutDocumentLabel(title: string): string {
  const bare = title.replace(documentLabel, "").trim();
  return bare.length >= 3 ? bare : title;
}

export function isTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 120 && !callToAction.test(text);
}

/**
 * Whether an element sits in the page's navigation, header or footer. An article's own header or
 * footer (the post's title, its date) is content, and so is the header of a section or of the
 * main content ("Open positions" over the list): only the page's own header is chrome.
 */
export function isPageChrome(node: Element): boolean {
  const box = node.closest("nav, header, footer");
  if (!box) return false;
  if (box.localName === "nav") return true;
  return !box.parentElement?.closest(box.localName === "header" ? "article, section, main" : "article");
}

/** Whether an address carries a title as its slug ("/apply/x7/Talent-Director.html" for "Talent Director"). */
export function carriesSlug(target: URL, title: string): boolean {
  const slug = slugOf(title);
  if (slug.length < 4) return false;
  let path = target.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape leaves the path as it is.
  }
  return slugOf(path).includes(slug);
}

function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
