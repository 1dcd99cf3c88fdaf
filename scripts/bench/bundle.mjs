// Bundles a few lines of project code into one script, so a bench can run the very
// code the extension ships inside a browser page (or Node) and time it there.
import { resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "../..");

export async function bundleSource(contents, { format = "iife" } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    format,
    platform: format === "esm" ? "node" : "browser",
    write: false,
    minify: true,
    alias: { "@": root },
  });
  return result.outputFiles[0].text;
}

/** Runs a bundled script in the page and removes its element, so the page measured is the page served. */
export async function injectScript(page, content) {
  const element = await page.addScriptTag({ content });
  await element.evaluate((node) => node.remove());
}
