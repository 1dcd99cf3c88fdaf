/** Small DOM helpers shared by the extractors; they take the document as a parameter so tests can pass their own. */

/** Visible text of a node with whitespace collapsed; undefined when empty. */
export function textOf(node: Element | null | undefined): string | undefined {
  const text = node?.textContent?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

/** The first selector of a fallback list that finds a node with text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const node of Array.from(root.querySelectorAll(selector))) {
      const text = textOf(node);
      if (text) return text;
    }
  }
  return undefined;
}

/** Every JSON-LD object of the page, with `@graph` forms flattened. Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    collect(parsed, objects);
  }
  return objects;
}

function collect(value: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  into.push(record);
  if (record["@graph"]) collect(record["@graph"], into);
}

/** True when a JSON-LD object has the given type (plain or in an array). */
export function hasType(object: Record<string, unknown>, type: string): boolean {
  const value = object["@type"];
  return Array.isArray(value) ? value.includes(type) : value === type;
}
