import { type BoardJob, href, isEmploymentType } from "./board-meta";
import { clean } from "./text";

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
