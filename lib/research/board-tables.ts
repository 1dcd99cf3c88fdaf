import { type BoardJob, href, isEmploymentType } from "./board-meta";
import { clean } from "./text";
import { parseUrl } from "./url";

/**
 * rexx systems job lists (`table#joboffers`, on the company's "jobs." host or *.rexx-systems.com):
 * one `tr.alternative_0` / `tr.alternative_1` row per job, its title linked in `td.real_table_col1`,
 * the other columns named by the table's header cells ("Standort", "Bereich"); without a header the
 * second column is the place.
 */
export function rexx(doc: Document, url: string): BoardJob[] {
  const table = doc.getElementById("joboffers");
  if (!table) return [];
  const columns = headerColumns(table);
  return Array.from(table.querySelectorAll("tr.alternative_0, tr.alternative_1")).flatMap((row) => {
    const link = row.querySelector("td.real_table_col1 a[href]");
    const title = clean(link?.textContent);
    if (!link || !title || title.length > 150) return [];
    const cell = (kind: ColumnKind) => {
      const index = columns.indexOf(kind);
      return index > 0
        ? clean(row.querySelector(`td.real_table_col${index + 1}`)?.textContent) || undefined
        : undefined;
    };
    const type = cell("type");
    return [
      {
        title,
        department: cell("department"),
        location: columns.length ? cell("location") : clean(row.querySelector("td.real_table_col2")?.textContent),
        employmentType: type && isEmploymentType(type) ? type : undefined,
        url: href(link, url),
        source: "careers-page" as const,
      },
    ];
  });
}

type ColumnKind = "location" | "department" | "type" | "other";

const columnWords: readonly [ColumnKind, RegExp][] = [
  ["location", /standort|einsatzort|arbeitsort|^ort$|location|city|stadt/i],
  ["department", /bereich|abteilung|department|team|funktion|kategorie|category/i],
  ["type", /anstellung|arbeitszeit|beschäftigung|vertrag|employment|art der stelle/i],
];

/** What each column holds, by its header cell's words (empty without a header). */
function headerColumns(table: Element): ColumnKind[] {
  const cells = Array.from(table.querySelectorAll("thead th, tr:first-child > th"));
  return cells.map((cell) => {
    const label = clean(cell.textContent);
    return columnWords.find(([, words]) => words.test(label))?.[0] ?? "other";
  });
}

/**
 * Jobvite (jobs.jobvite.com and its career sites): each job a `.jv-job-list-name` cell or block
 * beside its `.jv-job-list-location`, in a table row or a card link; a row may lead to its ad by
 * a click handler instead of a link. A table stands under its department's heading.
 */
export function jobvite(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll(".jv-job-list-name")).flatMap((cell) => {
    const row = cell.closest("tr, li, a[href]") ?? cell.parentElement;
    // A title followed by its requisition number ("Coordinator | Req#4720").
    const title = clean(cell.textContent).replace(/\s*\|\s*req\s*#?\s*[\w-]+$/i, "");
    if (!row || !title || title.length > 150) return [];
    const link = cell.querySelector("a[href]") ?? cell.closest("a[href]");
    const place = clean(row.querySelector(".jv-job-list-location")?.textContent);
    return [
      {
        title,
        department: tableHeading(cell.closest("table")),
        // "2 Locations" counts the places the ad names; it names none.
        location: place && !/^\d+\s+locations?$/i.test(place) ? place : undefined,
        url: href(link, url) ?? clickTarget(row, url),
        source: "careers-page" as const,
      },
    ];
  });
}

/** The heading just before a table (its group's name). */
function tableHeading(table: Element | null): string | undefined {
  const heading = table?.previousElementSibling;
  const text = clean(heading?.textContent);
  return heading?.matches("h2, h3, h4") && text.length <= 60 ? text : undefined;
}

/** The address a row leads to by its click handler ("window.location.href='/acme/job/o1'"). */
function clickTarget(row: Element, url: string): string | undefined {
  const target = row.getAttribute("onclick")?.match(/location(?:\.href)?\s*=\s*['"]([^'"]+)['"]/)?.[1];
  return target ? parseUrl(target, url)?.href : undefined;
}

// The header of the column that names the jobs ("Position", "Stellenbezeichnung", "Job title").
const titleColumn =
  /^(?:positions?|stellen?|stellenbezeichnung|stellenangebote?|jobs?|job ?title|jobtitel|titel|title|roles?|rolle|vacancy|vacancies|beruf)$/i;

/**
 * Jobs listed in a table without links (the ad is sent on request or by e-mail): the rows of a
 * table whose header names a column of jobs, each titled by that cell, its other columns read by
 * their header's words.
 */
export function headedTableJobs(doc: Document): BoardJob[] {
  return Array.from(doc.querySelectorAll("table")).flatMap((table) => {
    const header = table.querySelector("tr");
    const labels = Array.from(header?.children ?? [], (cell) => clean(cell.textContent));
    const column = labels.findIndex((label) => titleColumn.test(label));
    if (!header || column < 0) return [];
    const kinds = labels.map((label) => columnWords.find(([, words]) => words.test(label))?.[0] ?? "other");
    return Array.from(table.querySelectorAll("tr")).flatMap((row) => {
      const title = clean(row.children[column]?.textContent);
      if (row === header || row.querySelector("th") || title.length < 3 || title.length > 120) return [];
      const cell = (kind: ColumnKind) => clean(row.children[kinds.indexOf(kind)]?.textContent) || undefined;
      const type = cell("type");
      return [
        {
          title,
          department: cell("department"),
          location: cell("location"),
          employmentType: type && isEmploymentType(type) ? type : undefined,
          source: "careers-page" as const,
        },
      ];
    });
  });
}
