import { describe, expect, it } from "vitest";
import { escapeText, fold, vcardOf } from "../../../lib/portability/vcard";
import { company, person } from "./factories";

describe("vcardOf", () => {
  it("writes a vCard 4.0 with escaped values and CRLF lines", () => {
    const card = vcardOf({
      person: person({
        id: "0b9a4c1e-7d2f-4e8a-9c3b-5f6e7d8c9a0b",
        notes: "Met at SaaStock; likes short emails,\nprefers Sie",
      }),
      company: company({ name: "Nordlicht Analytics, GmbH" }),
    });
    const lines = card.split("\r\n");
    expect(lines.slice(0, 9)).toEqual([
      "BEGIN:VCARD",
      "VERSION:4.0",
      "UID:urn:uuid:0b9a4c1e-7d2f-4e8a-9c3b-5f6e7d8c9a0b",
      "FN:Anna von der Heide",
      "N:von der Heide;Anna;;;",
      "ORG:Nordlicht Analytics\\, GmbH",
      "TITLE:Head of Revenue Operations",
      "EMAIL;TYPE=work:anna@nordlicht-analytics.example",
      "TEL;VALUE=text;TYPE=work:+49 40 1234567",
    ]);
    expect(card).toContain("\r\nADR;TYPE=work:;;;Hamburg;;;Germany\r\n");
    expect(card).toContain("\r\nNOTE:Met at SaaStock\\; likes short emails\\,\\nprefers Sie\r\n");
    expect(card).toContain("\r\nREV:20261120T100000Z\r\n");
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
  });

  it("escapes backslashes first", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `NOTE:${"ä".repeat(100)}`;
    const folded = fold(line).split("\r\n");
    const encoder = new TextEncoder();
    expect(folded.every((l) => encoder.encode(l).length <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
    expect(fold("short")).toBe("short");
  });
});
