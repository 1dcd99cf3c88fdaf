import { describe, expect, it } from "vitest";
import { classifyTitle } from "../../../../lib/scoring/normalise/title";

describe("classifyTitle", () => {
  it.each([
    ["CEO & Co-Founder", "c-level", "executive"],
    ["Geschäftsführer", "c-level", "executive"],
    ["Geschäftsführerin", "c-level", "executive"],
    ["Managing Director DACH", "c-level", "executive"],
    ["Gründer & Inhaber", "c-level", "executive"],
    ["CTO", "c-level", "engineering"],
    ["Chief Revenue Officer", "c-level", "sales"],
    ["CFO", "c-level", "finance"],
    ["VP Sales EMEA", "vp", "sales"],
    ["Vice President Marketing", "vp", "marketing"],
    ["SVP Engineering", "vp", "engineering"],
    ["Head of Sales DACH", "head", "sales"],
    ["Head of People & Culture", "head", "hr"],
    ["Vertriebsleiter", "head", "sales"],
    ["Vertriebsleiterin Süd", "head", "sales"],
    ["Leiter IT", "head", "it"],
    ["Leitung Marketing & Kommunikation", "head", "marketing"],
    ["Director of Product", "director", "product"],
    ["Direktorin Finanzen", "director", "finance"],
    ["Teamleiter Softwareentwicklung", "manager", "engineering"],
    ["Projektleiterin", "manager", "other"],
    ["Engineering Manager", "manager", "engineering"],
    ["Key Account Manager", "manager", "sales"],
    ["Senior Software Engineer", "senior", "engineering"],
    ["Sr. Product Designer", "senior", "product"],
    ["Software Engineer", "individual", "engineering"],
    ["Junior Data Analyst", "entry", "data"],
    ["Data Engineer", "individual", "data"],
    ["Backend Engineer Data Platform", "individual", "engineering"],
    ["Senior Full-Stack Developer (Analytics)", "senior", "engineering"],
    ["Softwareentwickler*in Datenplattform", "individual", "engineering"],
    ["Frontend Engineer, BI Tools", "individual", "engineering"],
    ["Werkstudent Marketing", "entry", "marketing"],
    ["Executive Assistant to the CEO", "entry", "executive"],
    ["Customer Success Manager", "manager", "customer-success"],
    ["Operations Lead", "manager", "operations"],
    ["Recruiter", "individual", "hr"],
    ["Legal Counsel", "individual", "legal"],
    ["President", "c-level", "executive"],
  ])("classifies %s", (title, seniority, fn) => {
    expect(classifyTitle(title)).toEqual({ seniority, function: fn });
  });

  it("returns undefined for an empty title", () => {
    expect(classifyTitle("  ")).toBeUndefined();
  });
});
