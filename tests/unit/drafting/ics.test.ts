import { describe, expect, it } from "vitest";
import { escapeText, foldLine, planToIcs, toIcs } from "@/lib/drafting/ics";
import { planSchedule } from "@/lib/drafting/schedule";

const encoder = new TextEncoder();
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const unescapeIcs = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === "n" ? "\n" : c));

describe("ics", () => {
  const now = Date.UTC(2026, 10, 27, 8, 0);
  const summary = "Grüße, Anmerkungen; Pfad C:\\temp\nzweite Zeile — ".repeat(4);
  const ics = toIcs([{ uid: "seq-1-1@prospect-scout", start: Date.UTC(2026, 11, 1, 8), summary }], { now });

  it("uses CRLF everywhere and wraps events in a calendar", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics).toContain("DTSTART:20261201T080000Z\r\n");
    expect(ics).toContain("DTSTAMP:20261127T080000Z\r\n");
    expect(ics).toContain("DURATION:PT15M\r\n");
  });

  it("folds lines at 75 octets without splitting characters", () => {
    for (const line of ics.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine("ä".repeat(100)).split("\r\n ").join("")).toBe("ä".repeat(100));
  });

  it("escapes text so it unfolds and unescapes back to the original", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const line = unfold(ics)
      .split("\r\n")
      .find((l) => l.startsWith("SUMMARY:"));
    expect(unescapeIcs(line?.slice("SUMMARY:".length) ?? "")).toBe(summary);
  });

  it("exports a sending plan with one reminder per email", () => {
    const plan = planSchedule({ now: Date.UTC(2026, 10, 10, 7), timeZone: "Europe/Berlin" });
    const file = planToIcs(plan, {
      now,
      prospectName: "Anna von der Heide",
      sequenceId: "seq-9",
      language: "de",
      subjects: ["Betreff 1"],
    });
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(unfold(file)).toContain("SUMMARY:E-Mail senden 1/4 (attention) an Anna von der Heide");
    expect(file).toContain("UID:seq-9-4@prospect-scout");
    expect(file).toContain("DESCRIPTION:Betreff: Betreff 1");
  });
});
