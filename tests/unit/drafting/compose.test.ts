import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ComposeInput, composeHandoff } from "@/lib/drafting/compose";

const tricky = {
  to: "anna.vonderheide+sales@nordwind-logistik.example",
  subject: "Grüße & Fragen #1: 100% + 50 % = ?",
  body: "Hallo Frau Dr. von der Heide,\n\nÄpfel & Birnen #2 + 3 % = ß?\n\nBeste Grüße\nMara",
};

function urlOf(input: ComposeInput): URL {
  const handoff = composeHandoff(input);
  if (handoff.kind !== "url") throw new Error("expected a URL");
  return new URL(handoff.url);
}

describe("composeHandoff", () => {
  it("builds a Gmail compose URL that parses back exactly", () => {
    const url = urlOf({ client: "gmail", ...tricky });
    expect(`${url.origin}${url.pathname}`).toBe("https://mail.google.com/mail/");
    expect(url.searchParams.get("view")).toBe("cm");
    expect(url.searchParams.get("fs")).toBe("1");
    expect(url.searchParams.get("to")).toBe(tricky.to);
    expect(url.searchParams.get("su")).toBe(tricky.subject);
    expect(url.searchParams.get("body")).toBe(tricky.body);
  });

  it("selects the Gmail account with /mail/u/N/", () => {
    expect(urlOf({ client: "gmail", ...tricky, account: 2 }).pathname).toBe("/mail/u/2/");
  });

  it("builds an Outlook deeplink with spaces as %20", () => {
    const handoff = composeHandoff({ client: "outlook", ...tricky });
    if (handoff.kind !== "url") throw new Error("expected a URL");
    expect(handoff.url.startsWith("https://outlook.office.com/mail/deeplink/compose?to=")).toBe(true);
    expect(handoff.url).toContain("Hallo%20Frau");
    expect(handoff.url).not.toMatch(/[ +]/);
    const url = new URL(handoff.url);
    expect(url.searchParams.get("subject")).toBe(tricky.subject);
    expect(url.searchParams.get("body")).toBe(tricky.body);
  });

  it("builds a mailto: link with CRLF line breaks", () => {
    const url = urlOf({ client: "mailto", ...tricky });
    expect(url.protocol).toBe("mailto:");
    expect(decodeURIComponent(url.pathname)).toBe(tricky.to);
    expect(url.searchParams.get("subject")).toBe(tricky.subject);
    expect(url.searchParams.get("body")).toBe(tricky.body.replace(/\n/g, "\r\n"));
  });

  it("returns copy instead of a URL over about 2,000 characters", () => {
    const handoff = composeHandoff({ client: "gmail", ...tricky, body: "ü".repeat(400) });
    expect(handoff).toMatchObject({ kind: "copy", reason: "too-long" });
    expect(composeHandoff({ client: "outlook", ...tricky, body: "a".repeat(1500) }).kind).toBe("url");
  });

  it("round-trips any text through every client", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.string({ unit: "grapheme", maxLength: 120 }),
        (subject, body) => {
          for (const client of ["gmail", "outlook"] as const) {
            const url = urlOf({ client, to: "kim@example.com", subject, body, maxLength: 100_000 });
            expect(url.searchParams.get(client === "gmail" ? "su" : "subject")).toBe(subject);
            expect(url.searchParams.get("body")).toBe(body);
          }
        },
      ),
    );
  });
});
