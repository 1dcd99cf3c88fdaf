import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { openDatabase, type ProspectDatabase } from "@/lib/db";
import {
  activateIcp,
  activeIcp,
  createIcp,
  createIcpFromTemplate,
  deleteIcp,
  importIcpJson,
  listIcps,
  saveIcp,
} from "@/lib/db/icps";
import { exportIcpJson } from "@/lib/icp";

const fresh = (): ProspectDatabase => openDatabase(`test-${crypto.randomUUID()}`);
const fixture = (name: string) => readFileSync(resolve(process.cwd(), "tests/fixtures/icp", name), "utf8");

describe("ICP storage", () => {
  test("the first ICP from a template becomes active, later ones do not", async () => {
    const db = fresh();
    const first = await createIcpFromTemplate(db, "b2b-saas-dach", 1);
    const second = await createIcpFromTemplate(db, "funded-startups-eu", 2);
    expect(first.ok && first.icp.active).toBe(true);
    expect(second.ok && second.icp.active).toBe(false);
    expect((await activeIcp(db))?.name).toBe("B2B SaaS, DACH, 50-500 employees");
    expect((await listIcps(db)).map((icp) => icp.active)).toEqual([true, false]);
  });

  test("an unknown template changes nothing", async () => {
    const db = fresh();
    const result = await createIcpFromTemplate(db, "no-such-template");
    expect(result.ok).toBe(false);
    expect(await db.icps.count()).toBe(0);
  });

  test("activating one ICP deactivates the others; undefined leaves none active", async () => {
    const db = fresh();
    await createIcpFromTemplate(db, "b2b-saas-dach");
    const second = await createIcpFromTemplate(db, "funded-startups-eu");
    if (!second.ok) throw new Error("not created");
    await activateIcp(db, second.icp.id);
    expect((await db.icps.filter((icp) => icp.active).toArray()).map((icp) => icp.id)).toEqual([second.icp.id]);
    await activateIcp(db, undefined);
    expect(await activeIcp(db)).toBeUndefined();
  });

  test("saving an invalid ICP writes nothing and names the field", async () => {
    const db = fresh();
    const created = await createIcp(db, "Empty", [], 5);
    if (!created.ok) throw new Error("not created");
    const result = await saveIcp(db, { ...created.icp, name: "", threshold: 140 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path).sort()).toEqual(["name", "threshold"]);
    expect((await db.icps.get(created.icp.id))?.name).toBe("Empty");
  });

  test("saving an active ICP keeps it the only active one and stamps the edit time", async () => {
    const db = fresh();
    const first = await createIcpFromTemplate(db, "b2b-saas-dach", 1);
    const second = await createIcp(db, "Second", [], 1);
    if (!first.ok || !second.ok) throw new Error("not created");
    await saveIcp(db, { ...second.icp, active: true }, 99);
    expect((await activeIcp(db))?.id).toBe(second.icp.id);
    expect((await db.icps.get(second.icp.id))?.updatedAt).toBe(99);
    expect((await db.icps.get(first.icp.id))?.active).toBe(false);
  });

  test("deleting removes the ICP", async () => {
    const db = fresh();
    const created = await createIcp(db, "Gone");
    if (!created.ok) throw new Error("not created");
    await deleteIcp(db, created.icp.id);
    expect(await db.icps.count()).toBe(0);
  });
});

describe("ICP files", () => {
  test("an exported file imports with friendly values mapped and a fresh id", async () => {
    const db = fresh();
    const result = await importIcpJson(db, fixture("icp-export.json"), 7);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.icp.id).not.toBe("icp-dach-saas");
    expect(result.icp.criteria[0]).toMatchObject({ industries: ["software", "it-services"] });
    expect(result.icp.active).toBe(true);
    const again = await importIcpJson(db, exportIcpJson(result.icp), 8);
    expect(again.ok && again.icp.active).toBe(false);
    expect(await db.icps.count()).toBe(2);
  });

  test("an invalid file changes nothing and reports every field", async () => {
    const db = fresh();
    const result = await importIcpJson(db, fixture("icp-invalid.json"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.errors.map((error) => error.path);
      expect(paths).toContain("name");
      expect(paths.some((path) => path.startsWith("criteria[1]"))).toBe(true);
    }
    expect(await db.icps.count()).toBe(0);
  });

  test("a file that is not JSON says so", async () => {
    const db = fresh();
    const result = await importIcpJson(db, "name,criteria\nx,y");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/Not valid JSON/);
    expect(await db.icps.count()).toBe(0);
  });
});
