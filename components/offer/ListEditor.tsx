import type { Translate } from "@/components/use-ui-language";
import type { MessageKey } from "@/lib/i18n/messages";
import { SelectField, TextField } from "./Field";
import type { Row } from "./offer-form";

export interface Column {
  key: string;
  label: MessageKey;
  /** Where Zod reports this column's errors, relative to the row ("outcome.value"); defaults to key. */
  errorPath?: string;
  options?: readonly { value: string; label: MessageKey }[];
  numeric?: boolean;
}

interface ListEditorProps {
  legend: MessageKey;
  /** The Zod path of the list, e.g. "proof.caseStudies". */
  path: string;
  rows: Row[];
  columns: readonly Column[];
  blank: Row;
  errors: Record<string, string>;
  t: Translate;
  onChange(rows: Row[]): void;
}

/** Rows of small fields with add and remove: metrics, case studies and references share it. */
export function ListEditor({ legend, path, rows, columns, blank, errors, t, onChange }: ListEditorProps) {
  const set = (index: number, key: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="card" data-testid={`offer-${path}`}>
      <legend>{t(legend)}</legend>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the identity.
        <div key={index} className="card">
          {columns.map((column) => {
            const fieldPath = `${path}.${index}.${column.errorPath ?? column.key}`;
            const common = { path: fieldPath, label: t(column.label), error: errors[fieldPath] };
            return column.options ? (
              <SelectField
                key={column.key}
                {...common}
                value={row[column.key] ?? ""}
                options={column.options.map((option) => ({ value: option.value, label: t(option.label) }))}
                onChange={(value) => set(index, column.key, value)}
              />
            ) : (
              <TextField
                key={column.key}
                {...common}
                value={row[column.key] ?? ""}
                inputMode={column.numeric ? "decimal" : "text"}
                onChange={(value) => set(index, column.key, value)}
              />
            );
          })}
          <div className="row">
            <button
              type="button"
              className="secondary"
              aria-label={`${t("offerRemove")}: ${t(legend)} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t("offerRemove")}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { ...blank }])}>
        {t("offerAdd")}: {t(legend)}
      </button>
    </fieldset>
  );
}
