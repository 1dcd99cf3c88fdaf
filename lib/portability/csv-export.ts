import { z } from "zod";
import { crmLayoutIds, crmLayouts } from "./crm-layouts";
import { type Cell, type CsvOptions, toCsv } from "./csv";
import { fieldsOf, type Prospect } from "./prospect-fields";

export const csvExportOptionsSchema = z.object({
  layout: z.enum(crmLayoutIds),
  delimiter: z.enum([",", ";", "\t"]).default(","),
  bom: z.boolean().default(false),
  /** Extra ICP columns (score, tier, status) for layouts that allow custom columns. */
  includeScore: z.boolean().default(false),
});
export type CsvExportOptions = z.input<typeof csvExportOptionsSchema>;

export interface SkippedProspect {
  personId: string;
  name: string;
  reason: string;
}

export interface CsvExport {
  csv: string;
  exported: number;
  /** Rows the CRM would reject (a required column empty): left out and listed, never silently. */
  skipped: SkippedProspect[];
}

export function exportProspectsCsv(prospects: readonly Prospect[], options: CsvExportOptions): CsvExport {
  const { layout, delimiter, bom, includeScore } = csvExportOptionsSchema.parse(options);
  const columns = crmLayouts[layout];
  const header = [...columns.map((c) => c.header), ...(includeScore ? scoreHeaders : [])];
  const rows: Cell[][] = [];
  const skipped: SkippedProspect[] = [];
  for (const prospect of prospects) {
    const fields = fieldsOf(prospect);
    const cells = columns.map((c) => c.value(fields));
    const missing = columns.filter((c, i) => c.required && (cells[i] === undefined || cells[i] === ""));
    if (missing.length > 0) {
      const reason = `missing ${missing.map((c) => c.header).join(", ")}`;
      skipped.push({ personId: prospect.person.id, name: fields.name, reason });
      continue;
    }
    rows.push(includeScore ? [...cells, ...scoreCells(prospect)] : cells);
  }
  const csvOptions: CsvOptions = { delimiter, bom };
  return { csv: toCsv(header, rows, csvOptions), exported: rows.length, skipped };
}

const scoreHeaders = ["ICP score", "ICP tier", "Prospect status"];

function scoreCells({ person }: Prospect): Cell[] {
  return [person.score === undefined ? undefined : Math.round(person.score), person.tier, person.status];
}
