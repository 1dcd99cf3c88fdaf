/**
 * Whether `box` holds at least `count` elements named `tag` (that pass `accept`), looking no
 * further than the last one asked for. Asking a list for all its items, once for each of them, is
 * quadratic in the browser: a list of 20,000 ads took 12 seconds that way.
 */
export function holdsElements(
  box: Element,
  tag: string,
  count: number,
  accept: (element: Element) => boolean = () => true,
): boolean {
  const elements = box.getElementsByTagName(tag);
  let found = 0;
  for (let index = 0, element = elements[0]; element; element = elements[++index]) {
    if (accept(element) && ++found >= count) return true;
  }
  return false;
}
