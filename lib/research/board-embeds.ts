import { z } from "zod";
import { employmentType as typeInWords } from "./board-data";
import { type BoardJob, href, isEmploymentType, isWorkplace, partTexts, text } from "./board-meta";
import { assignedObject } from "./embedded-json";
import { clean, isoDate } from "./text";
import { parseUrl } from "./url";

/**
 * Boards whose lists stand on a company's careers page or on their own host in fixed markup or data:
 * Breezy HR, BambooHR's embedded job list, HRworks, Concludis and d.vinci. Read only on careers pages
 * and on their hosts, so a page elsewhere pays no look-up for them.
 */

/**
 * Breezy HR (*.breezy.hr and its career sites): `li.position` cards whose link holds an `h2` title
 * and a `ul.meta` list of `li.location` (the place, then "Remote OK" or the like), `li.type` and
 * `li.department`.
 */
export function breezy(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("li.position")).flatMap((card) => {
    const link = card.querySelector("a[href]");
    const title = link ? text(link, "h2, h3") : undefined;
    const meta = card.querySelector("ul.meta");
    if (!link || !title || title.length > 150 || !meta) return [];
    const place = breezyPlace(meta.querySelector("li.location"));
    return [
      {
        title,
        department: text(meta, "li.department"),
        location: place,
        employmentType: label(text(meta, "li.type")),
        url: href(link, url),
        source: "careers-page" as const,
      },
    ];
  });
}

/** A Breezy card's place: its first part, or "Remote" when the card names only the way of working. */
function breezyPlace(item: Element | null): string | undefined {
  if (!item) return undefined;
  const parts = partTexts(item.querySelectorAll("span:not(.spacer)"))
    .map(label)
    .filter((part): part is string => Boolean(part) && part !== "-");
  const place = parts.find((part) => !isWorkplace(part) && !/^remote ok$/i.test(part));
  return place ?? (parts.some((part) => /remote/i.test(part)) ? "Remote" : undefined);
}

/**
 * Breezy's server markup names its fixed labels by key ("%LABEL_POSITION_TYPE_FULL_TIME%") for its
 * script to translate: the key in words ("Full time").
 */
function label(value: string | undefined): string | undefined {
  const key = value?.match(/^%LABEL_(?:POSITION_TYPE_)?([A-Z_]+)%$/)?.[1];
  if (!key) return value;
  const words = key.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * BambooHR's embedded job list (`embed2.php`, placed on the company's careers page): departments as
 * `li.BambooHR-ATS-Department-Item` with a `.BambooHR-ATS-Department-Header`, each job a
 * `li.BambooHR-ATS-Jobs-Item` of a link and a `.BambooHR-ATS-Location`.
 */
export function bambooHr(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll(".BambooHR-ATS-Jobs-Item")).flatMap((item) => {
    const link = item.querySelector("a[href]");
    const title = clean(link?.textContent);
    if (!link || !title || title.length > 150) return [];
    const group = item.closest(".BambooHR-ATS-Department-Item");
    return [
      {
        title,
        department: group ? text(group, ".BambooHR-ATS-Department-Header") : undefined,
        location: text(item, ".BambooHR-ATS-Location"),
        url: href(link, url),
        source: "careers-page" as const,
      },
    ];
  });
}

/**
 * HRworks career sites (often on a "jobs." host of the company): `.portlet` cards whose
 * `a.job-offer-content` link holds an `h2` title, a coloured line "Department - Level - Contract -
 * Schedule" and one link per place (an `.icomoon-location` icon, then "City, Street, Country").
 */
export function hrworks(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("a.job-offer-content h2")).flatMap((heading) => {
    const link = heading.closest("a");
    const title = clean(heading.textContent);
    const card = link?.closest(".portlet");
    if (!link || !card || !title || title.length > 150) return [];
    const facts = clean(card.querySelector(".portlet-body .margin-top-10")?.textContent).split(/\s+-\s+/);
    // After the department and the career level come the contract and the schedule.
    const types = (facts.length >= 4 ? facts.slice(2) : facts).filter(isEmploymentType);
    const places = Array.from(card.querySelectorAll(".icomoon-location"), (icon) =>
      clean(icon.nextElementSibling?.textContent).split(",")[0]?.trim(),
    ).filter((place): place is string => Boolean(place));
    return [
      {
        title,
        department: facts.length > 1 && !isEmploymentType(facts[0] ?? "") ? facts[0] : undefined,
        location: [...new Set(places)].join(", ") || undefined,
        employmentType: types.length ? types.join(", ") : undefined,
        url: href(link, url),
        source: "careers-page" as const,
      },
    ];
  });
}

/**
 * Concludis (*.concludis.de and its widget on the company's careers page): `div.stellen` rows that
 * open their ad by a click handler (`cJobboard.openJob('…/prj/shw/…')`), the title in
 * `span.stellenlink`, then a teaser line ("Stellennummer 5511 am Standort Baar CH-6340 - Teilzeit").
 */
export function concludis(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("span.stellenlink")).flatMap((span) => {
    const row = span.closest("[onclick], [id^='line_']") ?? span.parentElement;
    const title = clean(span.textContent);
    if (!row || !title || title.length > 150) return [];
    const teaser = clean(row.querySelector(".kurzb")?.textContent);
    const parts = teaser.split(/\s+-\s+|\s*[|·]\s*/).map((part) => part.replace(/^(?:umfang|arbeitszeit)\s*:\s*/i, ""));
    const types = parts.filter(isEmploymentType);
    const target = row.getAttribute("onclick")?.match(/openJob\(\s*['"]([^'"]+)['"]/)?.[1];
    return [
      {
        title,
        location: teaser.match(
          /(?:am Standort|Standort:|Einsatzort:)\s+([\p{L}][\p{L} .'-]*?)(?=\s+[A-Z]{2}-|\s+\d|\s+-\s|$)/u,
        )?.[1],
        employmentType: types.length ? types.join(", ") : undefined,
        url: target ? parseUrl(target, url)?.href : href(row.querySelector("a[href]"), url),
        source: "careers-page" as const,
      },
    ];
  });
}

const name = z.string().trim().min(1).max(300);
const dvinciNamed = z.union([name, z.object({ name: name.nullish() })]);
const dvinciOpeningSchema = z.object({
  type: z.string().max(40).nullish(),
  location: name.nullish(),
  locations: z
    .array(z.object({ name: name.nullish(), address: z.object({ city: name.nullish() }).nullish() }))
    .nullish(),
  workingTimes: z.array(z.object({ name: name.nullish(), internalName: z.string().max(60).nullish() })).nullish(),
  department: dvinciNamed.nullish(),
  categories: z.array(dvinciNamed).nullish(),
  createdDate: z.string().max(40).nullish(),
});
const dvinciSchema = z.object({
  position: name,
  jobPublicationURL: z.string().max(500).nullish(),
  startDate: z.string().max(40).nullish(),
  jobOpening: z.unknown(),
});
type DvinciOpening = z.infer<typeof dvinciOpeningSchema>;

/**
 * d.vinci career portals (*.dvinci-hr.com, *.dvinci-easy.com, or the company's own "jobs." host):
 * the list's page carries every publication in a script (`var DvinciData = { "jobPublications": […] }`),
 * each with its `position`, its address and its `jobOpening` (places, working times, department).
 * An open application ("UNSOLICITED") names no opening.
 */
export function dvinci(doc: Document, url: string): BoardJob[] {
  const script = Array.from(doc.querySelectorAll("script:not([src])")).find((node) =>
    node.textContent?.includes("DvinciData"),
  );
  // Some portals wrap the value in parentheses ("DvinciData = ({…})").
  const source = script?.textContent?.replace(/DvinciData\s*=\s*\(/, "DvinciData = ");
  const data = z
    .object({ jobPublications: z.array(z.unknown()) })
    .safeParse(source && assignedObject(source, "DvinciData"));
  if (!data.success) return [];
  return data.data.jobPublications.slice(0, 2000).flatMap((raw) => {
    const publication = dvinciSchema.safeParse(raw);
    if (!publication.success) return [];
    // The opening's details are read apart: one of an unexpected shape costs them, not the job.
    const opening = dvinciOpeningSchema.safeParse(publication.data.jobOpening);
    const jobOpening = opening.success ? opening.data : undefined;
    if (jobOpening?.type === "UNSOLICITED") return [];
    const { position, jobPublicationURL, startDate } = publication.data;
    return [
      {
        title: clean(position),
        department: dvinciDepartment(jobOpening),
        location: dvinciPlace(jobOpening),
        employmentType: dvinciTimes(jobOpening),
        datePosted: isoDate(startDate ?? jobOpening?.createdDate ?? undefined),
        url: jobPublicationURL ? parseUrl(jobPublicationURL, url)?.href : undefined,
        source: "careers-page" as const,
      },
    ];
  });
}

function dvinciName(value: z.infer<typeof dvinciNamed> | null | undefined): string | undefined {
  return (typeof value === "string" ? value : value?.name) ?? undefined;
}

function dvinciDepartment(opening: DvinciOpening | null | undefined): string | undefined {
  return dvinciName(opening?.department) ?? dvinciName(opening?.categories?.[0]);
}

/** The tenant's own label of the places, else the places' names or cities. */
function dvinciPlace(opening: DvinciOpening | null | undefined): string | undefined {
  const places = (opening?.locations ?? []).map((place) => place.address?.city ?? place.name).filter(Boolean);
  return opening?.location ?? ([...new Set(places)].join(", ") || undefined);
}

function dvinciTimes(opening: DvinciOpening | null | undefined): string | undefined {
  const times = (opening?.workingTimes ?? []).map((time) => time.name ?? typeInWords(time.internalName));
  return times.filter(Boolean).join(", ") || undefined;
}
