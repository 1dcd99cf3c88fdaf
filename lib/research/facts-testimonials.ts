import { shortText } from "./short-text";
import { clean } from "./text";

/**
 * Customers named under testimonials: each quote is signed with the speaker and "Role, Company"
 * ("Product Owner, Kranwerk Systeme GmbH"). The company after the role is the customer.
 */

export const testimonialHeading =
  /kundenstimmen|testimonials?|what (?:our )?(?:customers|clients) say|(?:das|was) sagen unsere kunden|was unsere kunden sagen/i;

const signature = "figcaption, cite";
// A role, not a company: the last part of "Mira Olsen, CEO".
const roleWords =
  /\b(?:ceo|cto|cfo|coo|cmo|founder|co-founder|gründer\w*|geschäftsführer\w*|head|leiter\w*|manager\w*|director|owner|vorstand|inhaber\w*|partner\w*|vp|president|engineer|developer|consultant|berater\w*)\b/i;

export function testimonialCustomers(heading: Element): string[] {
  let node: Element | null = heading.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const signatures = node.querySelectorAll(signature);
    if (signatures.length >= 2) return Array.from(signatures).slice(0, 24).flatMap(signedCompany);
  }
  return [];
}

function signedCompany(signatureElement: Element): string[] {
  // The role line is the signature's own text or one of its short lines ("Marvin Kessler" / "Product Owner, Kranwerk").
  const lines = signatureElement.children.length
    ? Array.from(signatureElement.children).map((child) => shortText(child, 120) ?? "")
    : [shortText(signatureElement, 120) ?? ""];
  for (const line of lines.reverse()) {
    const company = companyAfterRole(line);
    if (company) return [company];
  }
  return [];
}

function companyAfterRole(line: string): string | undefined {
  const parts = line.split(/\s*,\s*|\s+(?:at|bei|@)\s+/);
  if (parts.length < 2) return undefined;
  const company = clean((parts.at(-1) ?? "").replace(/\s*\([^)]*\)\s*$/, ""));
  const words = company.split(/\s+/).length;
  if (company.length < 2 || company.length > 60 || words > 6 || roleWords.test(company)) return undefined;
  return /^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(company) ? company : undefined;
}
