import { expect, it } from "vitest";
import { extractSocialLinks } from "../../../lib/research/social";
import { parseHtml } from "./fixtures";

const url = "https://www.brightwave.example/blog/partners";

it("prefers the site's own profiles in header and footer over profiles an article links to", () => {
  const doc = parseHtml(
    `<!doctype html><html><body>
      <main><p>We now work with <a href="https://www.linkedin.com/company/kestrel-freight/">Kestrel Freight</a>.</p></main>
      <footer><a href="https://www.linkedin.com/company/brightwave-labs/">LinkedIn</a>
      <a href="https://x.com/brightwavelabs">X</a></footer>
    </body></html>`,
    url,
  );
  expect(extractSocialLinks(doc, url)).toEqual({
    linkedin: "https://www.linkedin.com/company/brightwave-labs/",
    x: "https://x.com/brightwavelabs",
  });
});
