import { hasAdMarker, isPageChrome, isTitle, jobWords, sectionWords } from "./careers-words";
import { clean } from "./text";
import type { SiteJob } from "./types";

/** One job ad's own page: its schema.org microdata, or the title its address and its h1 give it. */

type PageJob = Omit<SiteJob, "seniority">;

/**
 * JobPosting microdata (`itemtype="https://schema.org/JobPosting"`), as hosted boards and job
 * plugins render an ad's page without JSON-LD.
 */
export function microdataJobs(doc: Document, url: string): PageJob[] {
  return Array.from(doc.querySelectorAll("[itemscope][itemtype*='JobPosting' i]")).flatMap((posting) => {
    const title = clean(prop(posting, "title")?.textContent ?? prop(posting, "title")?.getAttribute("content"));
    if (!title || title.length > 200) return [];
    const place = prop(posting, "jobLocation");
    const locality = place && (propValue(place, "addressLocality") ?? clean(place.textContent));
    return [
      {
        title,
        location: locality && locality.length <= 80 ? locality : undefined,
        employmentType: propValue(posting, "employmentType"),
        datePosted: propValue(posting, "datePosted")?.slice(0, 40),
        url,
        source: "microdata" as const,
      },
    ];
  });
}

function prop(root: Element, name: string): Element | undefined {
  return root.querySelector(`[itemprop~='${name}']`) ?? undefined;
}

function propValue(root: Element, name: string): string | undefined {
  const node = prop(root, name);
  if (!node) return undefined;
  return clean(node.getAttribute("content") ?? node.getAttribute("datetime") ?? node.textContent) || undefined;
}

/**
 * An ad's own page ("/karriere/monteur-klimatechnik", a board's "/jobs/4410-designer") is titled by
 * its h1. On the company's own site the h1 must read as a job (job words or an ad's gender marker,
 * not a section's words); on a hosted board (`onBoard`) an ad's address makes its h1 the title.
 */
export function ownPosting(doc: Document, url: string, onBoard: boolean): PageJob | undefined {
  const heading = Array.from(doc.querySelectorAll("h1")).find((node) => !isPageChrome(node));
  const title = clean(heading?.textContent);
  if (!isTitle(title) || title.length > 120 || sectionWords.test(title)) return undefined;
  if (!onBoard && !hasAdMarker(title) && !jobWords.test(title)) return undefined;
  const box = heading?.closest("article, main, section") ?? heading?.parentElement;
  return { title, location: box ? labelledPlace(box) : undefined, url, source: "careers-page" };
}

const placeLabel = /^(?:standort|standorte|arbeitsort|einsatzort|dienstort|location|locations|place of work)$/i;

/**
 * The place an ad's key facts name by a label: "Standort: Köln" in a list item or line, or a
 * "Location" term and its value; the first in the ad's box, in one pass over its small elements.
 */
function labelledPlace(box: Element): string | undefined {
  for (const part of Array.from(box.querySelectorAll("li, p, span, dt"))) {
    if (part.localName === "dt") {
      const value = clean(part.nextElementSibling?.textContent);
      if (placeLabel.test(clean(part.textContent).replace(/:$/, "")) && value) return value.slice(0, 80);
      continue;
    }
    if (part.children.length) continue;
    const [label = "", ...rest] = clean(part.textContent).split(":");
    const value = rest.join(":").trim();
    if (rest.length && placeLabel.test(label.trim()) && value && value.length <= 80) return value;
  }
  return undefined;
}
