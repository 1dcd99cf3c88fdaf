import { type BoardJob, groupDepartments, href, metaFacts, partTexts, text } from "./board-meta";
import { isPageChrome, isTitle, openingsHeading } from "./careers-words";
import { clean } from "./text";

/** Hosted job boards, read by their own markup. Each selector notes the layout it covers. */

/** Greenhouse classic (boards.greenhouse.io): `section.level-0 > h3` departments with `.opening` rows. */
export function greenhouseClassic(doc: Document, url: string): BoardJob[] {
  const jobs: BoardJob[] = [];
  for (const opening of Array.from(doc.querySelectorAll("div.opening"))) {
    const link = opening.querySelector("a");
    const title = clean(link?.textContent);
    if (!title) continue;
    const section = opening.closest("section.level-0, section.level-1, section");
    const department = section ? text(section, "h3, h2, h4") : undefined;
    jobs.push({ title, department, location: text(opening, ".location"), url: href(link, url), source: "greenhouse" });
  }
  // A single job page of the classic layout.
  const single = text(doc, "#app_body #header .app-title, #header h1.app-title");
  if (single) jobs.push({ title: single, location: text(doc, "#header .location"), url, source: "greenhouse" });
  return jobs;
}

/** Greenhouse 2024 (job-boards.greenhouse.io): `.job-posts` groups, `h3.section-header` department, `tr.job-post` rows. */
export function greenhouse2024(doc: Document, url: string): BoardJob[] {
  const jobs: BoardJob[] = [];
  for (const row of Array.from(doc.querySelectorAll(".job-post, [class*='job-post'] li"))) {
    const link = row.querySelector("a");
    const titleNode = row.querySelector("p.body--medium, .body--medium, [class*='title']");
    // The title paragraph also holds a "New" tag; only its own text nodes are the title.
    const title = clean(ownText(titleNode) || titleNode?.textContent);
    if (!title) continue;
    const group = row.closest(".job-posts");
    jobs.push({
      title,
      department: group ? text(group, ".section-header, h3, h4") : undefined,
      location: text(row, ".body__secondary, .body--metadata"),
      url: href(link, url),
      source: "greenhouse-2024",
    });
  }
  const single = text(doc, ".job__title h1, .job__header h1");
  if (single) jobs.push({ title: single, location: text(doc, ".job__location"), url, source: "greenhouse-2024" });
  return jobs;
}

/**
 * Lever (jobs.lever.co): `.postings-group` with a category title, `.posting` rows. The current layout
 * heads a group by its department (`.large-category-header`) over its teams' labels, and prints the
 * way of working ("Remote — ") before the commitment and the place.
 */
export function lever(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll(".posting")).flatMap((posting) => {
    const title = text(posting, "[data-qa='posting-name'], .posting-title h5, h5");
    if (!title) return [];
    const group = posting.closest(".postings-group");
    const workplace = text(posting, ".workplaceTypes");
    return [
      {
        title,
        department:
          (group && text(group, ".posting-category-title, .large-category-label")) ??
          text(posting, ".sort-by-team") ??
          (group ? text(group, ".large-category-header") : undefined),
        location:
          text(posting, ".sort-by-location, .location") ??
          (workplace && /remote/i.test(workplace) ? "Remote" : undefined),
        employmentType: text(posting, ".sort-by-commitment, .commitment"),
        url: href(posting.querySelector("a.posting-title, a"), url),
        source: "lever" as const,
      },
    ];
  });
}

/**
 * Personio (*.jobs.personio.de): job links to `/job/<id>`, title in a heading or the first line.
 * The current layout prints each fact in its own meta item (`page_jobMetaText__<hash>`: place,
 * then employment type and schedule); the older one a line "Full-time, Berlin". Boards that
 * group their jobs by department head each group's list.
 */
export function personio(doc: Document, url: string): BoardJob[] {
  const links = Array.from(doc.querySelectorAll("a[href*='/job/']")).filter((link) => !isPageChrome(link));
  const departments = groupDepartments(links, openingsHeading);
  return links.flatMap((link) => {
    const title =
      text(link, "[data-test-id*='title' i], .jb-title, h2, h3, h4, strong") ??
      clean(link.firstElementChild?.textContent);
    if (!title || title.length > 150 || !isTitle(title)) return [];
    const { location, employmentType } = metaFacts(personioMeta(link));
    return [
      {
        title,
        department: departments.get(link),
        location,
        employmentType,
        url: href(link, url),
        source: "personio" as const,
      },
    ];
  });
}

/** A Personio job's meta parts: its meta items, else its details line split at its separators. */
function personioMeta(link: Element): string[] {
  for (const selector of ["[class*='jobMetaText']", "[class*='jobMetaItem']"]) {
    const items = partTexts(link.querySelectorAll(selector));
    if (items.length) return items;
  }
  const details = link.querySelector(".jb-description, [data-test-id*='details' i], p, span:last-child");
  // A responsive layout prints the places twice, once for small screens.
  const children = details
    ? partTexts(Array.from(details.children).filter((child) => !/mobile/i.test(child.getAttribute("class") ?? "")))
    : [];
  if (children.length > 1) return children;
  return clean(details?.textContent)
    .split(/\s*[·•|,]\s*/)
    .filter(Boolean);
}

function ownText(node: Element | null): string {
  if (!node) return "";
  return Array.from(node.childNodes)
    .filter((child) => child.nodeType === 3)
    .map((child) => child.textContent ?? "")
    .join(" ");
}
