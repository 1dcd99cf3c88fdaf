/**
 * A sentence is read several times (as a round, as the sentence after another, for totals): the
 * readings of the last few are kept. Callers must not change what they get.
 */
export function remembered<T>(read: (sentence: string) => T): (sentence: string) => T {
  const known = new Map<string, { value: T }>();
  return (sentence) => {
    const hit = known.get(sentence);
    if (hit) return hit.value;
    if (known.size >= 64) known.clear();
    const value = read(sentence);
    known.set(sentence, { value });
    return value;
  };
}
