import type { ProspectView } from "./use-prospect";
import type { Translate } from "./use-ui-language";

/** What to show when there is no person to show: nothing here, still reading, or what the capture missed. */
export function ProspectStatus({
  view,
  t,
}: {
  view: Exclude<ProspectView, { state: "person" } | { state: "company" }>;
  t: Translate;
}) {
  if (view.state === "loading") return null;
  if (view.state === "unreadable") return <p role="alert">{t("unreadable")}</p>;
  if (view.state === "pending") return <p className="muted">{t("waitingForCapture")}</p>;
  if (view.state === "incomplete") {
    return (
      <div className="notice" role="status">
        <p>{t("captureIncomplete")}</p>
        <p>{t("missingFields", { fields: view.capture.health.missing.join(", ") })}</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <h2>{t("noProspectTitle")}</h2>
      <p>{t("noProspectBody")}</p>
    </div>
  );
}
