import { useCallback, useState } from "react";

/** The ids ticked for a bulk action. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const selectAll = useCallback((ids: readonly string[]) => setSelected(new Set(ids)), []);
  const forget = useCallback(
    (ids: readonly string[]) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids) next.delete(id);
        return next;
      }),
    [],
  );
  return { selected, toggle, selectAll, forget, clear: () => selectAll([]) };
}
