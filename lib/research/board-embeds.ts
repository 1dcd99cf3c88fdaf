import { type BoardJob, href, isEmploymentType, isWorkplace, partTexts, text } from "./board-meta";
import { clean } from "./text";

/**
 * Boards whose lists stand on a company's careers page or on their own host in fixed markup:
 * Breezy HR, BambooHR's embedded job list and HRworks. Read only on careers pages and on their hosts, so a
 * page elsewhere pays no look-up for them.
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
