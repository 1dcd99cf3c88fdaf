import { describe, expect, it } from "vitest";
import { readPage } from "../../../lib/research/page";
import { readabilityCopy } from "../../../lib/research/readability-copy";
import { parseHtml } from "./fixtures";

const url = "https://www.brightwave.example/press/series-a";
const html = `<!doctype html><html lang="en"><head><title>Brightwave raises $18M</title><style>p { color: red }</style>
  <meta name="description" content="Series A for Brightwave Labs"></head>
  <body><nav>Menu</nav><style>nav { display: flex }</style><article><h1>Brightwave raises $18M</h1>
  <p>${"Brightwave Labs announced a new round of funding today to grow its team across Europe. ".repeat(8)}</p>
  </article><footer>© 2025 Brightwave Labs GmbH</footer></body></html>`;

/** An empty document standing in for the browser's inert template document, counting the copies put there. */
function withInertDocument(doc: Document): Document & { copies: number } {
  const inert = Object.assign(doc.implementation.createHTMLDocument(""), { copies: 0 });
  inert.documentElement.remove();
  const append = inert.appendChild.bind(inert);
  inert.appendChild = <T extends Node>(node: T): T => {
    inert.copies++;
    return append(node);
  };
  const create = doc.createElement.bind(doc);
  doc.createElement = ((name: string) => {
    const element = create(name);
    if (name !== "template") return element;
    return { content: { ownerDocument: inert } } as unknown as HTMLElement;
  }) as Document["createElement"];
  return inert;
}

describe("readabilityCopy", () => {
  it("copies the page into the inert template document and empties it again on release", () => {
    const doc = parseHtml(html, url);
    const inert = withInertDocument(doc);
    const copy = readabilityCopy(doc);
    expect(copy.doc).toBe(inert);
    expect(copy.doc.documentElement).not.toBe(doc.documentElement);
    expect(copy.doc.body.textContent).toBe(doc.body.textContent);
    copy.doc.body.textContent = "changed";
    expect(doc.body.textContent).toContain("announced a new round");
    copy.release();
    expect(inert.firstChild).toBeNull();
  });

  it("clones the document where there is no free inert document", () => {
    const doc = parseHtml(html, url);
    const inert = withInertDocument(doc);
    const first = readabilityCopy(doc);
    const second = readabilityCopy(doc);
    expect(second.doc).not.toBe(inert);
    expect(second.doc).not.toBe(doc);
    expect(second.doc.body.textContent).toBe(doc.body.textContent);
    first.release();
    second.release();
    expect(inert.firstChild).toBeNull();
  });

  it("gives readPage the same reading either way, and leaves the page as it was", () => {
    const cloned = parseHtml(html, url);
    const inertPage = parseHtml(html, url);
    const inert = withInertDocument(inertPage);
    const before = inertPage.documentElement.outerHTML;
    const reading = readPage(inertPage, url);
    expect(reading).toEqual(readPage(cloned, url));
    expect(reading.mainLines.join(" ")).toContain("announced a new round of funding");
    expect(inert.copies).toBe(1);
    expect(inertPage.documentElement.outerHTML).toBe(before);
    expect(inert.firstChild).toBeNull();
  });
});
