import { registrableDomain } from "./domain";
import { type LdObject, ldText } from "./jsonld";
import { isJobBoardUrl, kindRules } from "./link-kinds";
import { clean, metaContent } from "./text";
import { parseUrl } from "./url";

/** The company's name: declared names first, then the title part that matches the domain. */
export function companyName(doc: Document, url: string, org: LdObject | undefined): string | undefined {
  const parsed = parseUrl(url);
  // A hosted job board's own name (Greenhouse, Lever) is not the hiring company's.
  if (parsed && isJobBoardUrl(parsed)) return boardCompany(doc);
  const label = domainLabel(url);
  const titleParts = clean(doc.title)
    .split(/\s+[|–—·:»-]\s+|\s*[|–—·»]\s*/)
    .map(clean)
    .filter(Boolean);
  const siteName = metaContent(doc, "og:site_name")?.replace(
    /\s+(?:website|homepage|home page|official site|blog)$/i,
    "",
  );
  return (
    ldText(org?.name) ??
    siteName ??
    metaContent(doc, "application-name") ??
    titleParts.find((part) => label !== undefined && compact(part).includes(label)) ??
    logoName(doc, label) ??
    brandPart(titleParts) ??
    (label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined)
  );
}

/** "Jobs at Brightwave Labs", "Job Application for Data Engineer at Brightwave Labs". */
function boardCompany(doc: Document): string | undefined {
  const stated = clean(doc.querySelector(".company-name")?.textContent).replace(/^at\s+/i, "");
  return stated || clean(/\bat\s+(.+)$/i.exec(clean(doc.title))?.[1]) || undefined;
}

/** "Impressum - Holzwerkstatt Lindner": the title part that is not the page's own name. */
function brandPart(parts: readonly string[]): string | undefined {
  if (parts.length < 2) return undefined;
  const brands = parts.filter(
    (part) => !kindRules.some((rule) => rule.text.test(part)) && part.split(/\s+/).length <= 4,
  );
  return brands.length === 1 ? brands[0] : undefined;
}

/** "https://www.nordlicht-analytics.de/x" → "nordlichtanalytics", for loose comparison. */
function domainLabel(url: string): string | undefined {
  const domain = registrableDomain(url);
  return domain ? compact(domain.split(".")[0] ?? "") || undefined : undefined;
}

function compact(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

/** The alt text of the header logo ("Nordlicht Analytics Logo" → "Nordlicht Analytics"). */
function logoName(doc: Document, label: string | undefined): string | undefined {
  const images = Array.from(doc.querySelectorAll("header img[alt], a[href='/'] img[alt], img[alt*='logo' i]"));
  for (const image of images) {
    const alt = clean((image.getAttribute("alt") ?? "").replace(/\b(logo|logotype)\b/gi, " ").replace(/[-–_]+$/, ""));
    if (alt && alt.length <= 60 && (!label || compact(alt).includes(label) || label.includes(compact(alt)))) return alt;
  }
  return undefined;
}
