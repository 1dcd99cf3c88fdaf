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

it("reads profile addresses however they are spelled, as the address parser reads them", () => {
  const doc = parseHtml(
    `<!doctype html><html><body><footer>
      <a href="https://www.linked%69n.com/company/brightwave-labs/">LinkedIn</a>
      <a href="https://ｇｉｔｈｕｂ.com/brightwave">GitHub</a>
      <a href="https://you&#9;tube.com/@brightwave">YouTube</a>
      <a href="HTTPS://X.COM/brightwavelabs">X</a>
      <a href="/about">About</a><a href="https://www.brightwave.example/press">Press</a>
    </footer></body></html>`,
    url,
  );
  expect(extractSocialLinks(doc, url)).toEqual({
    linkedin: "https://www.linkedin.com/company/brightwave-labs/",
    github: "https://github.com/brightwave",
    youtube: "https://youtube.com/@brightwave",
    x: "https://x.com/brightwavelabs",
  });
});

it("reads relative addresses on a network's own pages", () => {
  const page = "https://github.com/brightwave";
  const doc = parseHtml(
    `<!doctype html><html><body><header><a href="/brightwave">Home</a></header></body></html>`,
    page,
  );
  expect(extractSocialLinks(doc, page)).toEqual({ github: "https://github.com/brightwave" });
});

it("reads the company page behind a link to any of its tabs or its numeric id", () => {
  const doc = parseHtml(
    `<!doctype html><html><body><footer>
      <a href="https://www.linkedin.com/company/12345678/admin/">LinkedIn</a>
      <a href="https://linkedin.com/showcase/brightwave-maps">Brightwave Maps</a>
    </footer></body></html>`,
    url,
  );
  expect(extractSocialLinks(doc, url)).toEqual({ linkedin: "https://www.linkedin.com/company/12345678/" });
});
