import { type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";

/** Mounts an extension page's React tree into its #root. */
export function mount(app: ReactNode): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element.");
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
