/**
 * CSV writing for spreadsheets and CRM imports (RFC 4180: CRLF rows, quotes
 * doubled), safe to open in Excel.
 */

export type Cell = string | number | undefined;

export interface CsvOptions {
  /** "," for CRMs; ";" for Excel with a German locale. */
  delimiter?: "," | ";" | "\t";
  /** Prepend a UTF-8 byte order mark so Excel reads umlauts correctly. */
  bom?: boolean;
}

const formulaStart = /^[=+\-@\t\r]/;
/** Plain numbers and phone numbers ("+49 30 1234-56", "-12.5") cannot carry a formula, so they stay untouched. */
const numberLike = /^[+-]?[\d\s().,/-]+$/;

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a text cell that
 * starts with = + - @ (or a tab / carriage return) is prefixed with a single
 * quote, so Excel and Sheets show it as text instead of evaluating it.
 */
export function guardFormula(text: string): string {
  return formulaStart.test(text) && !numberLike.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell, delimiter = ","): string {
  if (value === undefined) return "";
  const text = typeof value === "number" ? String(value) : guardFormula(value);
  const needsQuotes = text.includes(delimiter) || /[",;\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const line = (cells: readonly Cell[]) => cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
  const body = [line(header), ...rows.map(line)].join("\r\n");
  return `${options.bom ? "\uFEFF" : ""}${body}\r\n`;
}
