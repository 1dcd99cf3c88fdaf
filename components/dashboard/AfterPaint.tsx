import { type ReactNode, useEffect, useState } from "react";

/** Mounts its children one task after the first paint: charts must not hold back the figures above them. */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const handle = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(handle);
  }, []);
  return shown ? children : null;
}
