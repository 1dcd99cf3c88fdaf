import type { Cell } from "./csv";
import type { ProspectFields } from "./prospect-fields";

export interface Column {
  header: string;
  value: (fields: ProspectFields) => Cell;
  /** The CRM rejects a row without it. */
  required?: boolean;
}

export const crmLayoutIds = ["hubspot", "pipedrive", "salesforce", "generic"] as const;
export type CrmLayoutId = (typeof crmLayoutIds)[number];

const col = (header: string, value: Column["value"], required = false): Column => ({ header, value, required });

/** Headers as each CRM's import wizard names its default properties, so columns map without manual work. */
export const crmLayouts: Record<CrmLayoutId, readonly Column[]> = {
  // HubSpot contacts import; the company is associated by "Company name".
  hubspot: [
    col("First name", (f) => f.first),
    col("Last name", (f) => f.last),
    col("Email", (f) => f.email),
    col("Phone number", (f) => f.phone),
    col("Job title", (f) => f.jobTitle),
    col("Company name", (f) => f.companyName),
    col("Website URL", (f) => f.website),
    col("City", (f) => f.city),
    col("Country/Region", (f) => f.country),
    col("Industry", (f) => f.industry),
    col("LinkedIn URL", (f) => f.linkedinUrl),
  ],
  // Pipedrive people + organisations import: "Person - Name" is required.
  pipedrive: [
    col("Person - Name", (f) => f.name, true),
    col("Person - First name", (f) => f.first),
    col("Person - Last name", (f) => f.last),
    col("Person - Email", (f) => f.email),
    col("Person - Phone", (f) => f.phone),
    col("Person - Job title", (f) => f.jobTitle),
    col("Organization - Name", (f) => f.companyName),
    col("Organization - Address", (f) => f.headquarters),
  ],
  // Salesforce Data Import Wizard, leads (field labels): Last Name and Company are required. No
  // Salutation: it is a picklist, and "Prof. Dr." is not one of its values.
  salesforce: [
    col("First Name", (f) => f.first),
    col("Last Name", (f) => f.last, true),
    col("Title", (f) => f.jobTitle),
    col("Company", (f) => f.companyName, true),
    col("Email", (f) => f.email),
    col("Phone", (f) => f.phone),
    col("Website", (f) => f.website),
    col("Industry", (f) => f.industry),
    col("No. of Employees", (f) => f.employees),
    // Not captured: left empty rather than guessed.
    col("Annual Revenue", () => undefined),
    col("City", (f) => f.city),
    col("Country", (f) => f.country),
    col("Lead Source", () => "Prospect Scout"),
  ],
  generic: [
    col("Name", (f) => f.name, true),
    col("Title prefix", (f) => f.prefix),
    col("First name", (f) => f.first),
    col("Last name", (f) => f.last),
    col("Email", (f) => f.email),
    col("Phone", (f) => f.phone),
    col("Job title", (f) => f.jobTitle),
    col("Company", (f) => f.companyName),
    col("Website", (f) => f.website),
    col("City", (f) => f.city),
    col("Country", (f) => f.country),
    col("Industry", (f) => f.industry),
    col("Employees", (f) => f.employees),
    col("LinkedIn URL", (f) => f.linkedinUrl),
    col("Company LinkedIn URL", (f) => f.companyLinkedinUrl),
  ],
};
