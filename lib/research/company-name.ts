import { foldGerman } from "../queue/normalise";
import { registrableDomain } from "./domain";
import { type LdObject, ldText } from "./jsonld";
import { legalEntity, legalFormPattern } from "./legal";
import { isJobBoardUrl, kindRules } from "./link-kinds";
import { clean, joinedLines, metaContent, textLines } from "./text";
import { parseUrl } from "./url";

/** The company's name: declared names first, then the title part that matches the domain. */
export function companyName(doc: Document, url: string, org: LdObject | undefined): string | undefined {
  const parsed = parseUrl(url);
  // A hosted job board's own name (Greenhouse, Lever) is not the hiring company's.
  if (parsed && isJobBoardUrl(parsed)) return boardCompany(doc);
  const label = domainLabel(url);
  const titleParts = nameParts(doc.title);
  const declared = ldText(org?.name);
  if (declared && !legalFormPattern.test(declared)) return declared;
  const stated =
    siteName(doc, label) ??
    metaContent(doc, "application-name") ??
    (label ? withoutTown(doc, matchingPart(titleParts, label), label) : undefined) ??
    logoName(doc, label?.full) ??
    brandPart(titleParts);
  const brand = stated && !placeholder.test(stated) ? stated : undefined;
  // A JSON-LD name may be the legal name ("Acme Software GmbH"): the brand it starts with is what people call it.
  if (declared && !(brand && isBrandOf(brand, declared))) return declared;
  return brand ?? legalBrand(doc, label) ?? domainName(url);
}

/**
 * "ET König" of "ET König GmbH" in the page's text, where the domain spells exactly that ("et-koenig.at"): the page
 * writes the name better than the domain does (capitals, umlauts). Read only when nothing else names the company.
 */
function legalBrand(doc: Document, label: Label | undefined): string | undefined {
  if (!label || !doc.body) return undefined;
  for (const line of textLines(doc.body).slice(0, 400)) {
    const entity = line.length <= 120 ? legalEntity(line) : undefined;
    if (!entity) continue;
    const name = entity.name.slice(0, entity.name.length - entity.form.length).trim();
    const forms = [compact(name), compact(foldGerman(name))];
    if (forms.some((form) => form === label.full || form === label.bare)) return name;
  }
  return undefined;
}

// A theme's placeholder left in the title ("Referenzen | Your Website") names no company.
const placeholder =
  /^(?:your|my|ihre?|meine?|site|company)\s+(?:website|site|web site|company|business|brand|firma|homepage|webseite|name|title|unternehmen)$/i;

/** "Acme" of "Acme Software GmbH": the legal name starts with the brand's words and the brand has no legal form. */
function isBrandOf(brand: string, legalName: string): boolean {
  if (!legalFormPattern.test(legalName) || legalFormPattern.test(` ${brand}`)) return false;
  const brandWords = brand.split(/\s+/).map(compact);
  const legalWords = legalName.split(/\s+/).map(compact);
  return brandWords.length < legalWords.length && brandWords.every((word, index) => word && word === legalWords[index]);
}

/**
 * "Kranwerk Elektrotechnik Kassel" → "Kranwerk Elektrotechnik" where the domain spells the name without the last
 * word and the page's address has that town ("34117 Kassel"), unless the page writes it with a legal form
 * ("Kranwerk Kassel GmbH"): then the town is part of the name.
 */
function withoutTown(doc: Document, part: string | undefined, label: Label): string | undefined {
  const words = part?.split(/\s+/) ?? [];
  const town = words[words.length - 1] ?? "";
  const name = words.slice(0, -1).join(" ");
  if (!part || words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(town) || compact(label.full).includes(compact(town)))
    return part;
  if (!compact(foldGerman(name)).includes(label.bare) && !compact(name).includes(label.bare)) return part;
  const text = doc.body ? joinedLines(textLines(doc.body)) : "";
  return isPostalTown(text, town) && !hasLegalForm(text, part) ? name : part;
}

/** True when the text has the town after a postcode: "34117 Kassel". */
function isPostalTown(text: string, town: string): boolean {
  for (let index = text.indexOf(town); index >= 0; index = text.indexOf(town, index + 1)) {
    if (/\b\d{4,5}\s+$/.test(text.slice(Math.max(0, index - 8), index))) return true;
  }
  return false;
}

/** True when the text writes the name with a legal form right after it: "Kranwerk Kassel GmbH". */
function hasLegalForm(text: string, name: string): boolean {
  for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) {
    const after = text.slice(index + name.length, index + name.length + 40).split("\n")[0] ?? "";
    if (legalFormPattern.exec(after)?.index === 0) return true;
  }
  return false;
}

/** "Brightwave raises $10M | Brightwave Blog" → the parts between separators. */
function nameParts(title: string | null | undefined): string[] {
  return clean(title)
    .split(/\s+[|–—·:»-]\s+|\s*[|–—·»]\s*|:\s+/)
    .map(clean)
    .filter(Boolean);
}

const sectionWord = /^(?:blog|news|newsroom|press|presse|home|startseite|magazin|magazine)$/i;

/** og:site_name, unless it is the bare domain; "Brightmoor | Die Software für Handwerker" is "Brightmoor". */
function siteName(doc: Document, label: Label | undefined): string | undefined {
  const declared = metaContent(doc, "og:site_name")?.replace(
    /\s+(?:website|homepage|home page|official site|blog)$/i,
    "",
  );
  // "acme.io" and "Blog" name no company: the title tells more.
  if (!declared || /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/.test(declared) || sectionWord.test(declared)) return undefined;
  const parts = nameParts(declared);
  if (parts.length < 2) return declared;
  return (label && matchingPart(parts, label)) ?? parts[0];
}

/**
 * "Jobs at Brightwave Labs", "Job Application for Data Engineer at Brightwave Labs", "Jobs bei Brightwave Labs",
 * "Brightwave Labs - Careers", "Brightwave Labs Jobs".
 */
function boardCompany(doc: Document): string | undefined {
  const stated = clean(doc.querySelector(".company-name")?.textContent).replace(/^at\s+/i, "");
  const title = clean(doc.title);
  const parts = title.split(/\s+[-–—|·]\s+/);
  const beside = parts.length === 2 ? parts.find((_, index) => boardWords.test(parts[1 - index] ?? "")) : undefined;
  const named = /\b(?:at|bei)\s+(.+)$/i.exec(title)?.[1] ?? beside ?? boardSuffix.exec(title)?.[1];
  return stated || clean(named) || undefined;
}

// What a board calls its own page: the title's other part names the company.
const boardWords =
  /^(?:careers?|jobs|current openings|open (?:positions|roles)|karriere|stellenangebote|offene stellen|jobbörse)$/i;
const boardSuffix = /^(.+?)\s+(?:careers|jobs)$/i;

// Words a title gives the page, not the company: "Startseite | Lindner Holzbau", "Kontakt – Lindner Holzbau".
const pageWords =
  /^(?:home|homepage|start|startseite|welcome|willkommen|herzlich willkommen|kontakt|contact|leistungen|services|produkte|products|datenschutz|privacy policy)$/i;
// No `i` flag: with it, \p{Lu} would match small letters too ("Welcome to the future of work").
const welcome = /^(?:[Hh]erzlich\s+)?(?:[Ww]illkommen\s+(?:bei|beim|in|im|auf)|[Ww]elcome\s+to)\s+(?=\p{Lu}|\d)/u;

// "Über Lindner Holzbau", "About Kestrel Werke": an about page's title names the company after the word.
const about = /^(?:[Üü]ber|[Aa]bout)\s+(?!(?:[Uu]ns|[Uu]s)\b)(?=\p{Lu})/u;

const articleFirst = /^(?:der|die|das|the|dein|deine|ihr|ihre|your)\s/i;

/** "Impressum - Holzwerkstatt Lindner", "Willkommen bei Lindner Holzbau": the title part that is not the page's own name. */
function brandPart(parts: readonly string[]): string | undefined {
  const named = parts.map((part) => part.replace(welcome, ""));
  const [only] = parts;
  if (only && parts.length === 1 && about.test(only)) {
    const name = only.replace(about, "");
    return isNameLike(name) && name.split(/\s+/).length <= 4 ? name : undefined;
  }
  if (named.length === 1) return named[0] !== parts[0] ? named[0] : undefined;
  const brands = named.filter(
    (part) => !pageWords.test(part) && !kindRules.some((rule) => rule.text.test(part)) && part.split(/\s+/).length <= 4,
  );
  if (brands.length === 1) return brands[0];
  // A part opening with an article is a tagline ("Das kreative Haus"): the other part is the name.
  const unarticled = brands.filter((part) => !articleFirst.test(part));
  if (unarticled.length === 1) return unarticled[0];
  // Beside a tagline ("Maschinenbau aus Kiel"), the name is the part without small words.
  const nameLike = brands.filter(isNameLike);
  return nameLike.length === 1 ? nameLike[0] : undefined;
}

/** "Kestrel Werke", "Lindner & Söhne GmbH", "3rd Floor Digital": capitalised words, digits and joiners only. */
function isNameLike(part: string): boolean {
  return part.split(/\s+/).every((word) => /^(?:[\p{Lu}\d]|[&+]$)/u.test(word) || legalFormPattern.test(` ${word}`));
}

/** The domain's name for loose comparison: whole ("getinvoicy") and without the usual additions ("invoicy"). */
interface Label {
  full: string;
  bare: string;
}

// Words domains add to a name: "getinvoicy", "loopwisehq", "taskbird-software".
const addedBefore = /^(?:get|try|use|join|hello|meet|go|my|app|with)(?=[a-z0-9]{3})/;
const addedAfter =
  /(?<=[a-z0-9]{3})(?:hq|app|software|group|gruppe|gmbh|ag|labs?|tech|digital|online|io|ai|inc|solutions|systems|studio|agency|official)$/;

function domainLabel(url: string): Label | undefined {
  const domain = registrableDomain(url);
  const full = domain ? compact(domain.split(".")[0] ?? "") : "";
  return full ? { full, bare: full.replace(addedBefore, "").replace(addedAfter, "") } : undefined;
}

/**
 * The title part that is the domain's name: the shortest that contains it ("Brightwave Blog" rather than
 * the headline before it), or one that is the domain without "get…" or "…hq". A section word after it goes.
 */
function matchingPart(parts: readonly string[], label: Label): string | undefined {
  const spelled = (part: string) => [compact(part), compact(foldGerman(part))];
  const containing = parts.filter((part) => spelled(part).some((form) => form.includes(label.full)));
  const named = containing.length
    ? containing
    : parts.filter((part) => label.bare.length >= 3 && spelled(part).includes(label.bare));
  const best = [...named].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return undefined;
  const bare = best.replace(titleSuffix, "").replace(about, "");
  if (spelled(bare).some((form) => form.includes(label.bare))) return nameInHeadline(bare, label) ?? bare;
  return best;
}

// Words a title adds after the name: "Brightwave Blog", "Brightwave Preise", "Brightwave Ltd website".
const titleSuffix =
  /\s+(?:blog|news|newsroom|press|presse|magazin|magazine|jobs|karriere|careers|preise|pricing|team|impressum|imprint|kontakt|contact|website|homepage)$/i;

/** "DriveOn Introduces New Driver" (a headline as the only title part): the words that spell the domain. */
function nameInHeadline(part: string, label: Label): string | undefined {
  const words = part.split(/\s+/);
  if (words.length <= 4) return undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + 4); end++) {
      // A comma or colon after the name starts the tagline: "Acme, seit 2019 für das Handwerk".
      const run = words
        .slice(start, end)
        .join(" ")
        .replace(/[,;:]$/, "");
      const forms = [compact(run), compact(foldGerman(run))];
      if (forms.includes(label.full) || forms.includes(label.bare)) return run;
    }
  }
  return undefined;
}

/** Shorter parts rank first; a bare domain ("acme.de") last. */
function rank(part: string): number {
  return part.length + (/^[\w-]+(?:\.[\w-]+)+$/.test(part) ? 1000 : 0);
}

function compact(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

/** The name the domain spells: "nordlicht-analytics.de" → "Nordlicht Analytics". */
function domainName(url: string): string | undefined {
  const words = (registrableDomain(url)?.split(".")[0] ?? "").split("-").filter(Boolean);
  return words.length ? words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ") : undefined;
}

const fileLikeAlt = /^[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.(?:png|svg|jpe?g|webp))?$/;

/** The alt text of the header logo ("Nordlicht Analytics Logo" → "Nordlicht Analytics"). */
function logoName(doc: Document, label: string | undefined): string | undefined {
  const images = Array.from(doc.querySelectorAll("header img[alt], a[href='/'] img[alt], img[alt*='logo' i]"));
  for (const image of images) {
    // "logo-brightwave-light" is a file's name, not the company's: the domain spells it better.
    if (fileLikeAlt.test(image.getAttribute("alt") ?? "")) continue;
    const alt = clean((image.getAttribute("alt") ?? "").replace(/\b(logo|logotype)\b/gi, " ").replace(/[-–_]+$/, ""));
    if (alt && alt.length <= 60 && (!label || compact(alt).includes(label) || label.includes(compact(alt)))) return alt;
  }
  return undefined;
}
