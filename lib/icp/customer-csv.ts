import Papa from "papaparse";

export type CustomerTable = { headers: string[]; rows: string[][] };
export type CsvErrorCode = "empty" | "not-text" | "one-column" | "no-rows" | "broken-quotes";
export type CsvResult =
  | { ok: true; table: CustomerTable; delimiter: string; warnings: string[] }
  | { ok: false; error: { code: CsvErrorCode; message: string } };

/** Rows read before giving up on a file: ten times the 50,000 customers a big CRM export has. */
const MAX_ROWS = 500_000;

/**
 * Reads a customer export from a CRM or spreadsheet: comma, semicolon, tab or pipe
 * separated, with or without a BOM, quoted fields spanning lines. Every row is cut or padded
 * to the header's width, so a ragged file still lines up with its columns.
 */
export function parseCustomerCsv(text: string): CsvResult {
  const content = text.replace(/^\uFEFF/, "");
  if (content.trim() === "") return failure("empty", "The file is empty.");
  if (looksBinary(content)) {
    return failure("not-text", "This is not a text file. Save the spreadsheet as CSV (UTF-8) and try again.");
  }
  const parsed = Papa.parse<string[]>(content, {
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
    preview: MAX_ROWS + 1,
  });
  const brokenQuote = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (brokenQuote) {
    const row = (brokenQuote.row ?? 0) + 1;
    return failure("broken-quotes", `A quoted field starting in row ${row} is never closed.`);
  }
  return toTable(parsed.data, parsed.meta.delimiter);
}

function toTable(data: string[][], delimiter: string): CsvResult {
  const [headerRow, ...body] = data;
  const headers = (headerRow ?? []).map((header, index) => header.trim() || `Column ${index + 1}`);
  if (headers.length < 2) {
    return failure("one-column", "Only one column found. Is the file separated by commas or semicolons?");
  }
  if (body.length === 0) return failure("no-rows", "The file has a header row but no customers.");
  const width = headers.length;
  const ragged = body.filter((row) => row.length !== width).length;
  const rows = body.map((row) => fitRow(row, width));
  const warnings =
    ragged > 0 ? [`${ragged} rows had more or fewer cells than the header; they were lined up with it.`] : [];
  if (body.length > MAX_ROWS) warnings.push(`Only the first ${MAX_ROWS.toLocaleString("en")} rows were read.`);
  return { ok: true, table: { headers, rows: rows.slice(0, MAX_ROWS) }, delimiter, warnings };
}

function fitRow(row: string[], width: number): string[] {
  if (row.length === width) return row;
  return row.length > width ? row.slice(0, width) : [...row, ...Array<string>(width - row.length).fill("")];
}

/** NUL bytes or a ZIP signature (xlsx, numbers) mean a binary file was picked. */
function looksBinary(content: string): boolean {
  return content.startsWith("PK\u0003\u0004") || content.slice(0, 4096).includes("\u0000");
}

function failure(code: CsvErrorCode, message: string): CsvResult {
  return { ok: false, error: { code, message } };
}
