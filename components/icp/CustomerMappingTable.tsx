import type { MessageKey } from "@/lib/i18n/messages";
import { type CustomerField, type CustomerMapping, type CustomerTable, customerFields } from "@/lib/icp/customers";
import type { Translate } from "../use-ui-language";

const fieldLabels: Record<CustomerField, MessageKey> = {
  name: "icpFieldName",
  domain: "icpFieldDomain",
  industry: "icpFieldIndustry",
  employees: "icpFieldEmployees",
  revenue: "icpFieldRevenue",
  value: "icpFieldValue",
  country: "icpFieldCountry",
  technologies: "icpFieldTechnologies",
};

type Props = {
  table: CustomerTable;
  mapping: CustomerMapping;
  onChange: (mapping: CustomerMapping) => void;
  t: Translate;
};

/** The guessed column of each customer field, editable, with the first row's value to check it by. */
export function CustomerMappingTable({ table, mapping, onChange, t }: Props) {
  const example = table.rows[0] ?? [];
  const choose = (field: CustomerField, value: string) => {
    const next = { ...mapping };
    if (value === "") delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    <table className="icp-table" data-testid="icp-customer-mapping">
      <thead>
        <tr>
          <th scope="col">{t("icpMappingField")}</th>
          <th scope="col">{t("icpMappingColumn")}</th>
          <th scope="col">{t("icpMappingExample")}</th>
        </tr>
      </thead>
      <tbody>
        {customerFields.map((field) => {
          const column = mapping[field];
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`icp-map-${field}`}>{t(fieldLabels[field])}</label>
              </th>
              <td>
                <select
                  id={`icp-map-${field}`}
                  value={column === undefined ? "" : String(column)}
                  onChange={(event) => choose(field, event.target.value)}
                >
                  <option value="">{t("icpNotMapped")}</option>
                  {table.headers.map((header, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and never reorder; headers may repeat
                    <option key={index} value={String(index)}>
                      {header}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{column === undefined ? "" : (example[column] ?? "")}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
