import { describe, expect, it } from "vitest";
import { exportIcpJson, formatPath, parseIcpJson } from "../../../lib/icp/io";
import { findTemplate, icpFromTemplate, icpTemplates } from "../../../lib/icp/templates";
import type { Icp } from "../../../lib/model/icp";
import { fixture } from "../scoring/support";

function sample(makeId?: () => string): Icp {
  const template = findTemplate("b2b-saas-dach");
  if (!template) throw new Error("No template");
  return icpFromTemplate(template, 0, makeId);
}

describe("parseIcpJson", () => {
  it("reads an exported file, mapping industry and country names to ids and codes", () => {
    const result = parseIcpJson(fixture("icp-export.json"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.icp.criteria[0]).toMatchObject({ kind: "industry", industries: ["software", "it-services"] });
    expect(result.icp.criteria[2]).toMatchObject({ kind: "location", countries: ["DE", "AT", "CH"] });
  });

  it("round-trips what it exports", () => {
    for (const template of icpTemplates) {
      const icp = icpFromTemplate(template, 1_780_000_000_000);
      expect(parseIcpJson(exportIcpJson(icp))).toEqual({ ok: true, icp });
    }
  });

  it("accepts a bare ICP and a BOM", () => {
    const icp = sample();
    expect(parseIcpJson(`\uFEFF${JSON.stringify(icp)}`).ok).toBe(true);
  });

  it("reports each invalid field with its path", () => {
    const result = parseIcpJson(fixture("icp-invalid.json"));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "name",
        "criteria[0].industries[0]",
        "criteria[1].importance.weight",
        "criteria[1].max",
        "criteria[2].kind",
      ]),
    );
    expect(result.ok ? [] : result.errors[1]).toEqual({
      path: "criteria[0].industries[0]",
      message: "Unknown industry: use a LinkedIn industry name or an id such as software",
    });
  });

  it("reports duplicate criterion ids", () => {
    const icp = sample(() => "same");
    const result = parseIcpJson(JSON.stringify({ ...icp, id: "icp" }));
    expect(result.ok ? [] : result.errors).toContainEqual({
      path: "criteria[1].id",
      message: "Duplicate criterion id",
    });
  });

  it("explains broken JSON and files from newer versions", () => {
    const broken = parseIcpJson("{ nope");
    expect(broken.ok ? "" : broken.errors[0]?.message).toMatch(/^Not valid JSON/);
    const newer = parseIcpJson(JSON.stringify({ format: "prospect-scout-icp", version: 99, icp: {} }));
    expect(newer).toEqual({
      ok: false,
      errors: [{ path: "version", message: "This file was written by a newer Prospect Scout (format version 99)" }],
    });
  });

  it("formats paths like a property accessor", () => {
    expect(formatPath(["criteria", 2, "importance", "weight"])).toBe("criteria[2].importance.weight");
    expect(formatPath([])).toBe("");
  });
});
