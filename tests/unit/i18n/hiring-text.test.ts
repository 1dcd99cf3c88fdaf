import { describe, expect, it } from "vitest";
import { deriveSignals } from "../../../lib/capture/signals";
import { hiringFunctions } from "../../../lib/i18n/hiring-text";
import { signalText } from "../../../lib/i18n/signal-text";
import type { CompanyCapture } from "../../../lib/model";
import { signalWordingSchema } from "../../../lib/model/signal";
import { hiringFromJobs } from "../../../lib/research/signals";

const site = "https://www.harborline.example/karriere";
const jobs = (...titles: string[]) => titles.map((title) => ({ title, source: "json-ld" as const }));

describe("the areas of the open roles", () => {
  it("counts every role's area, largest first, leaving out roles of no known area", () => {
    expect(
      hiringFunctions(5, [
        "Customer Success Manager",
        "Senior Backend Engineer (m/w/d)",
        "Frontend Engineer",
        "Disponent*in Kurierdienst",
        "Werkstudent Marketing",
      ]),
    ).toEqual([
      { name: "engineering", count: 2 },
      { name: "customer-success", count: 1 },
      { name: "marketing", count: 1 },
    ]);
  });

  it("names none from a sample of the roles, or when no role's area is known", () => {
    expect(hiringFunctions(12, ["Senior Backend Engineer", "Account Executive"])).toBeUndefined();
    expect(hiringFunctions(2, ["Disponent*in Kurierdienst", "Lagerhelfer (m/w/d)"])).toBeUndefined();
    expect(hiringFunctions(0, [])).toBeUndefined();
  });

  it("keeps the three largest areas", () => {
    const titles = ["Backend Engineer", "Frontend Engineer", "Account Executive", "Designer", "Legal Counsel"];
    expect(hiringFunctions(5, titles)?.map((area) => area.name)).toEqual(["engineering", "sales", "design"]);
  });
});

describe("a hiring signal tells the areas", () => {
  it("one area: the open roles are that area's, in English and in German", () => {
    const signal = hiringFromJobs(jobs("Senior Backend Engineer (m/w/d)", "Frontend Engineer"), site);
    expect(signal?.summary).toBe("Hiring: 2 open engineering roles");
    expect(signal && signalText(signal, "de")).toBe("Stellt ein: 2 offene Stellen im Bereich Entwicklung");
    expect(signal?.quote).toBe("Senior Backend Engineer (m/w/d); Frontend Engineer");
    expect(signalWordingSchema.safeParse(signal?.wording).success).toBe(true);
  });

  it("several areas: how many in each", () => {
    const signal = hiringFromJobs(
      jobs("Backend Engineer", "Teamleitung Customer Success (m/w/d)", "Platform Engineer"),
      site,
    );
    expect(signal?.summary).toBe("Hiring: 3 open roles (2 engineering, 1 customer success)");
    expect(signal && signalText(signal, "de")).toBe("Stellt ein: 3 offene Stellen (2 Entwicklung, 1 Customer Success)");
  });

  it("roles of no known area keep the titles", () => {
    const signal = hiringFromJobs(jobs("Disponent*in Kurierdienst", "Lagerhelfer (m/w/d)"), site);
    expect(signal?.summary).toBe("Hiring: 2 open roles");
    expect(signal && signalText(signal, "de")).toBe(
      "Stellt ein: 2 offene Stellen (Disponent*in Kurierdienst, Lagerhelfer (m/w/d))",
    );
  });

  it("a LinkedIn jobs tab that shows every opening tells the areas; one that shows a few keeps the titles", () => {
    const capture = (openJobs: number, jobTitles: string[]): CompanyCapture => ({
      kind: "company",
      url: "https://www.linkedin.com/company/harborline/jobs/",
      linkedinUrl: "https://www.linkedin.com/company/harborline/",
      capturedAt: Date.UTC(2026, 10, 27),
      extractor: "linkedin-company",
      extractorVersion: "test",
      health: { found: {}, missing: [] },
      strategies: { openJobs: "dom-jobs" },
      company: { name: "Harborline", openJobs, jobTitles },
    });
    const told = (openJobs: number, titles: string[]) =>
      deriveSignals({ capture: capture(openJobs, titles), companyId: "c1" }).find((s) => s.type === "hiring")?.summary;
    expect(told(2, ["Account Executive DACH", "Sales Development Representative"])).toBe("Hiring: 2 open sales roles");
    expect(told(9, ["Account Executive DACH", "Sales Development Representative"])).toBe(
      "Hiring: 9 open roles (Account Executive DACH, Sales Development Representative)",
    );
  });
});
