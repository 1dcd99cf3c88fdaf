import { shortText } from "./short-text";
import { clean } from "./text";

/** Customers listed without logos: cards of case studies, and rows of brand names set as text. */

/**
 * Customers named by a list of case studies: cards linking to one page per customer under a
 * references path ("/referenzen/hafenblick", "/customers/kranwerk") and naming the customer first.
 * The customer's name must agree with the page's address, so a story's title or a call to
 * action ("Ihr Projekt?") is not taken for one.
 */

const selector = ["referenz", "kunden", "customer", "case-stud", "success-stor", "client", "reference", "fallstudie"]
  .map((part) => `a[href*="${part}"]`)
  .join(", ");
const casePath =
  /(?:^|\/)(?:referenzen|references|kunden|customers|clients|case-studies|fallstudien|success-stories|erfolgsgeschichten)\/([^/?#]+)\/?(?:[?#]|$)/i;
const leaves = "h2, h3, h4, h5, strong, b, span, p, div";
// A name: a few words, no sentence or question, not an address to the reader ("Ihr Projekt", "Your story").
const nameLike =
  /^(?!(?:ihr|ihre|your|you|sie|wir|we|mehr|more|alle|all|weitere|read|lesen|zur|zum|to)\b)[^.:?!]{2,40}$/i;

export function caseStudyCustomers(doc: Document): string[] {
  const links = Array.from(doc.querySelectorAll(selector)).slice(0, 120);
  const names = new Map<string, string>();
  for (const link of links) {
    const slug = casePath.exec(link.getAttribute("href") ?? "")?.[1];
    const name = slug ? cardName(link) : undefined;
    if (slug && name && agrees(name, slug)) names.set(slug.toLowerCase(), name);
  }
  // A listing holds several; one such link is as often a single story teased on a home page.
  return names.size >= 3 ? [...names.values()] : [];
}

/** The card's first short text: its heading or highlighted name, else the link's own text. */
function cardName(link: Element): string | undefined {
  const first = link.children.length
    ? Array.from(link.querySelectorAll(leaves)).find(
        (element) => element.children.length === 0 && (shortText(element, 60)?.length ?? 0) >= 2,
      )
    : link;
  const text = first ? shortText(first, 60) : undefined;
  return text && nameLike.test(text) && text.split(/\s+/).length <= 4 ? text : undefined;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9äöüß]/g, "");

/** "Quevita AG" and "quevita", "Pfadiheimverzeichnis" and "heimverzeichnis": one holds the other's lead. */
function agrees(name: string, slug: string): boolean {
  const lead = letters(name.split(/\s+/)[0] ?? "");
  const slugLead = letters(decodeURIComponentSafe(slug).split(/[-_.]/)[0] ?? "");
  const whole = letters(name);
  return (lead.length >= 3 && letters(slug).includes(lead)) || (slugLead.length >= 4 && whole.includes(slugLead));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// A wordmark: a brand of one to four words, no figure ("99.9% uptime", "24/7") or sentence.
const wordmark = /^(?=.*\p{L})[\p{Lu}\d][\p{L}\d&.'’+-]*(?:\s[\p{L}\d&.'’+-]+){0,3}$/u;

/**
 * Customers set as plain text instead of logos under a "Trusted by" heading: a row of three or
 * more short elements that each hold nothing but a brand ("Halvorsen", "Tidewater Labs").
 */
export function wordmarks(heading: Element): string[] | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const row = node.nextElementSibling;
    const items = row && row.children.length >= 3 && row.children.length <= 24 ? Array.from(row.children) : [];
    const names = items.map((item) => shortText(item, 40) ?? "");
    if (names.length && names.every((name) => wordmark.test(name) && !/[%/]/.test(name))) return names;
  }
  return undefined;
}

/**
 * A customer logo without alt text, named by its image file ("logo-kranich-robotik.svg" → "Kranich Robotik"). Only a
 * file whose name or folder says it is a logo or a customer's counts: a hero, an arrow or a hashed build file says
 * nothing of the kind. Callers take it only in a wall under a customers heading; `anyFile` also takes a plain upload
 * ("/uploads/2024/05/kranwerk-1.svg") for a wall whose every image names one.
 */
export function logoFileName(image: Element, anyFile = false): string | undefined {
  const alt = clean(image.getAttribute("alt"));
  if (image.localName !== "img" || (alt && !genericAlt.test(alt))) return undefined;
  const path = imagePath(image);
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  const base = /^(.+)\.(?:svg|png|jpe?g|webp|gif|avif)$/i.exec(file)?.[1];
  const saysLogo = base !== undefined && logoPath.test(`${parts.slice(-2).join("/")}/${base}`);
  if (!base || (!saysLogo && !anyFile)) return undefined;
  // A bundler adds the file's hash after a dot ("kranwerk.4f1c2a9e.png"), a CMS its sizes and versions.
  const words = base
    .replace(/-e\d{10,}$|-\d+x\d+$|@\dx$|\.(?=[a-z]*\d)[0-9a-f]{8,}$/i, "")
    .split(/[-_.\s+]+/)
    // "kranwerklogo": the kind written onto the name.
    .map((part) => part.replace(/(?<=^\p{L}{3,})logo$/iu, ""))
    .filter((part) => part && !fileNoise.test(part));
  if (!words.length || words.length > 4 || words.some((part) => hashed.test(part))) return undefined;
  // A file that does not say it is a logo names a photo or a page's decor as often: those words rule it out.
  if (!saysLogo && words.some((part) => decorWord.test(part))) return undefined;
  const name = words.map(casedWord).join(" ");
  return /\p{L}{2}/u.test(name) ? name : undefined;
}

const logoPath = /logo|kunde|customer|client|referenz|reference/i;
// An alt text that names no one ("client logo", "Kundenlogo"): the file still may.
const genericAlt =
  /^(?:(?:client|customer|kunden?|company|brand|firmen|referenz)[\s-]?)?(?:logo|logotype|image|bild)s?$/i;
const decorWord =
  /^(?:hero|background|bg|header|banner|slider|slide|arrow|chevron|pfeil|quote|zitat|star|stern|play|close|menu|search|team|photo|foto|bild|portrait|person|people|office|buero|büro|illustration|pattern|shape|dots?|wave|blob|avatar|screenshot|mockup|map|karte|icon|partner|badge|siegel|award|zertifikat|certificate|iso|tuev|tüv)$/i;
// Words of a file name that are no part of the brand: kinds, colours, sizes, versions and design-tool layers.
const fileNoise =
  /^(?:logos?|logotype|customers?|clients?|kunden?|referenz(?:en)?|references?|partners?|colou?r(?:ed)?|farbig|white|weiss|black|schwarz|gr[ae]y|grau|dark|light|mono|transparent|small|large|big|final|rgb|cmyk|neg(?:ative)?|pos(?:itive)?|web|retina|scaled|min|hd|icon|img|image|bild|new|neu|v\d+|horizontal|vertical|quer|sw|bw|group|frame|rectangle|vector|layer|assets?|placeholder|default|dummy|\d+x?|\d+x\d+)$/i;
// A build step's hash or an upload's id: long hex, or letters and several digits mixed.
const hashed = /^[0-9a-f]{8,}$|^(?=.*\d.*\d)(?=.*[a-z])[a-z\d]{6,}$/i;

/** The image's own address, also a lazy loader's or an image proxy's ("/_next/image?url=%2Flogos%2Fx.svg"). */
function imagePath(image: Element): string {
  const src = image.getAttribute("data-src") ?? image.getAttribute("data-lazy-src") ?? image.getAttribute("src") ?? "";
  if (src.startsWith("data:")) return "";
  const proxied = /[?&]url=([^&]+)/.exec(src)?.[1];
  const address = proxied ? decodeURIComponentSafe(proxied) : src;
  return decodeURIComponentSafe(address.replace(/[?#].*$/, ""));
}

/** Files are written in small letters: a short word is an acronym ("sap" → "SAP"), others take a capital. */
function casedWord(word: string): string {
  if (/\p{Lu}/u.test(word)) return word;
  if (word === "gmbh") return "GmbH";
  return word.length <= 3 && !/^(?:und|and|the|von|der|die|das|of)$/.test(word)
    ? word.toUpperCase()
    : word.charAt(0).toUpperCase() + word.slice(1);
}
