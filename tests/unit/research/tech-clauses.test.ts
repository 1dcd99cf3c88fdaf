import { describe, expect, it } from "vitest";
import { requiredClauses } from "../../../lib/research/tech-literal";

describe("requiredClauses", () => {
  it.each([
    ['<div class="[^"]*parbase', [['<div class="'], ["parbase"]]],
    ["<input[^>]+data-stripe", [["<input"], ["data-stripe"]]],
    ["wp-embeds?\\.min", [["wp-embed"], [".min"]]],
    // A group that must match is one clause with its alternatives.
    ["<[^>]+\\/\\/(?:assets|images)\\.ctfassets\\.net", [["assets", "images"], [".ctfassets.net"]]],
    // Alternatives at the top: one clause, as requiredLiterals gives it.
    ["(?:<!--GrandNode |Powered by: <a[^>]+nopcommerce)", [["<!--grandnode ", "powered by: <a"]]],
  ])("%s → %j", (source, clauses) => {
    expect(requiredClauses(source)).toEqual(clauses);
  });

  it.each(["<[^>]+(?:id|class)=x", "ab|[cd]ef", "\\d+\\.\\d+", "(unbalanced"])("%s has none", (source) => {
    expect(requiredClauses(source)).toBeUndefined();
  });
});
