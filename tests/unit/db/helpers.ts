import { openDatabase, type ProspectDatabase } from "@/lib/db";
import type { PersonCapture } from "@/lib/model";

/** A fresh, empty database per test. */
export function freshDatabase(): ProspectDatabase {
  return openDatabase(`test-${crypto.randomUUID()}`);
}

export function personCapture(overrides: Partial<PersonCapture> = {}): PersonCapture {
  return {
    kind: "person",
    url: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    capturedAt: 1_780_000_000_000,
    extractor: "linkedin-profile",
    extractorVersion: "test",
    health: { found: { name: "dom", headline: "dom" }, missing: [] },
    strategies: { name: "dom", headline: "dom" },
    person: {
      name: "Lena Hoffmann",
      headline: "Head of Revenue Operations",
      currentRoles: [
        {
          title: "Head of Revenue Operations",
          companyName: "Nordlicht Analytics GmbH",
          companyLinkedInUrl: "https://www.linkedin.com/company/nordlicht-analytics/",
          current: true,
        },
      ],
    },
    ...overrides,
  };
}
