import type { MessageKey } from "@/lib/i18n/messages";
import { type ColumnMapping, type OutcomeField, type OutcomeTable, outcomeFields } from "@/lib/portability";
import type { Translate } from "../use-ui-language";

export const fieldLabels: Record<OutcomeField, MessageKey> = {
  email: "dataFieldEmail",
  date: "dataFieldDate",
  sent: "dataFieldSent",
  opened: "dataFieldOpened",
  clicked: "dataFieldClicked",
  replied: "dataFieldReplied",
  replyType: "dataFieldReplyType",
  meeting: "dataFieldMeeting",
  converted: "dataFieldConverted",
  value: "dataFieldValue",
  bounced: "dataFieldBounced",
  unsubscribed: "dataFieldUnsubscribed",
  step: "dataFieldStep",
  variant: "dataFieldVariant",
};

interface Props {
  table: OutcomeTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  t: Translate;
}

/** Which column holds which outcome, as guessed from the headers, with the first row's value to check it by. */
export function ColumnMappingTable({ table, mapping, onChange, t }: Props) {
  const example = table.rows[0] ?? [];
  const choose = (field: OutcomeField, value: string) => {
    const next = { ...mapping };
    if (value === "") delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    <table data-testid="column-mapping">
      <thead>
        <tr>
          <th scope="col">{t("dataField")}</th>
          <th scope="col">{t("dataColumn")}</th>
          <th scope="col">{t("dataExample")}</th>
        </tr>
      </thead>
      <tbody>
        {outcomeFields.map((field) => {
          const index = mapping[field];
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`data-map-${field}`}>{t(fieldLabels[field])}</label>
              </th>
              <td>
                <select
                  id={`data-map-${field}`}
                  value={index === undefined ? "" : String(index)}
                  onChange={(event) => choose(field, event.target.value)}
                >
                  <option value="">{t("dataNotInFile")}</option>
                  {table.headers.map((header, i) => (
                    // Headers may repeat or be empty, so the index is the key.
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position
                    <option key={i} value={String(i)}>
                      {header || t("dataColumnNumber", { number: String(i + 1) })}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{index === undefined ? "" : (example[index] ?? "")}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
