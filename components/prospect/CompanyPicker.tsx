import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase } from "@/lib/db";
import type { Person } from "@/lib/model";
import type { Translate } from "../use-ui-language";

/** Links a person to a company by hand when automatic matching picked none or the wrong one. */
export function CompanyPicker({ person, t }: { person: Person; t: Translate }) {
  const companies = useLiveQuery(() => getDatabase().companies.orderBy("name").toArray(), []) ?? [];
  return (
    <div>
      <label htmlFor="company-link">{t("linkCompany")}</label>
      <select
        id="company-link"
        value={person.companyId ?? ""}
        onChange={(event) =>
          void getDatabase().people.update(person.id, {
            companyId: event.target.value || undefined,
            updatedAt: Date.now(),
          })
        }
      >
        <option value="">{t("noCompany")}</option>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
            {company.domain ? ` (${company.domain})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
