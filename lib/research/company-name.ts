import { registrableDomain } from "./domain";
import { type LdObject, ldText } from "./jsonld";
import { clean, metaContent } from "./text";

/** The company's name: declared names first, then the title part that matches the domain. */
export function companyName(doc: Document, url: string, org: LdObject | undefined): string | undefined {
  const label = domainLabel(url);
  const titleParts = clean(doc.title)
    .split(/\s+[|–—·:»-]\s+|\s*[|–—·»]\s*/)
    .map(clean)
    .filter(Boolean);
  return (
    ldText(org?.name) ??
    metaContent(doc, "og:site_name") ??
    metaContent(doc, "application-name") ??
    titleParts.find((part) => label !== undefined && compact(part).includes(label)) ??
    logoName(doc, label) ??
    (label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined)
  );
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
