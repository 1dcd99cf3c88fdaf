// Sizes of the built extension: every bundle raw and gzipped, and the zip.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function measureBundles(extensionDir, outputDir) {
  const bundles = filesUnder(extensionDir)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const content = readFileSync(path);
      return {
        file: relative(extensionDir, path),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const zip = readdirSync(outputDir).find((name) => name.endsWith("-chrome.zip"));
  const contentScript = bundles.find((b) => b.file === "content-scripts/linkedin.js");
  return {
    bundles,
    contentScriptGzipBytes: contentScript?.gzipBytes,
    contentScriptBudgetGzipBytes: 40 * 1024,
    zipBytes: zip ? statSync(join(outputDir, zip)).size : undefined,
    zipBudgetBytes: 1.5 * 1024 * 1024,
  };
}
