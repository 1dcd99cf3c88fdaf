/** "A", "A and B", "A, B and C": a list as a sentence says it, with the language's word for "and". */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
