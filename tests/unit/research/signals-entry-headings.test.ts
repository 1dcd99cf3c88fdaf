import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Each entry of a news list tells its event in its heading and again below: one signal per entry. */

const about = "https://www.kranichwash.example/about";
const ofType = (type: string, lines: string[], date?: string) =>
  extractSignals(lines, about, date).filter((signal) => signal.type === type);

describe("an entry's heading and its lead", () => {
  it("give one purchase, dated by the lead when the heading has no date", () => {
    const found = ofType("acquisition", [
      "About Kranich Waschtechnik",
      "Latest News",
      "Kranich Waschtechnik Acquires Ostra Trailer Wash Systems",
      "Feb. 24, 2025 – Kranich Waschtechnik, a maker of truck wash systems, today announced the acquisition of Ostra Trailer Wash Systems, a specialty maker of machines that wash the inside of trailers.",
      "Trends in bus wash systems",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe("Kranich Waschtechnik Acquires Ostra Trailer Wash Systems");
    expect(found[0]?.quote).toContain("today announced the acquisition");
    expect(found[0]?.date).toBe("2025-02-24");
  });

  it("give one appointment though the release is dated a day after and a quote tells it again", () => {
    const found = ofType("leadership-change", [
      "Press Releases",
      "May 03, 2025",
      "Kranich Names Lena Hoffmann as Chief Operating Officer",
      "(Bremen, Germany) May 2, 2025 - Kranich Holding GmbH announced that Lena Hoffmann has been named its Chief Operating Officer (COO).",
      "Ms. Hoffmann previously led logistics at Kranich for six years.",
      "“I am pleased to announce Lena Hoffmann has been promoted to Kranich’s Chief Operating Officer,” said CEO Jonas Weber.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe("2025-05-03");
    expect(found[0]?.quote).toContain("has been named its Chief Operating Officer");
  });

  it("keeps two entries apart, each with its own heading and lead", () => {
    const found = ofType("acquisition", [
      "News",
      "March 3, 2025",
      "Kranich Waschtechnik Acquires Ostra Trailer Wash Systems",
      "Kranich Waschtechnik today announced the acquisition of Ostra Trailer Wash Systems GmbH.",
      "June 9, 2025",
      "Kranich Waschtechnik Acquires Quill Rail Cleaning",
      "Kranich Waschtechnik today announced the acquisition of Quill Rail Cleaning GmbH, a maker of rail wash systems.",
    ]);
    expect(found.map((signal) => signal.summary)).toEqual([
      "Kranich Waschtechnik Acquires Ostra Trailer Wash Systems",
      "Kranich Waschtechnik Acquires Quill Rail Cleaning",
    ]);
    expect(found.map((signal) => signal.date)).toEqual(["2025-03-03", "2025-06-09"]);
  });
});
