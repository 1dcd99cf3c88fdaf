import type { CaptureLog, ValueChange } from "@/lib/model";
import type { Translate } from "../use-ui-language";

/** Which fields the last capture found, by which strategy, and which it missed: how a user notices a broken layout. */
export function CaptureDetails({
  capture,
  history,
  formatDate,
  t,
}: {
  capture?: CaptureLog;
  history: readonly ValueChange[];
  formatDate(time: number): string;
  t: Translate;
}) {
  if (!capture && history.length === 0) return null;
  return (
    <details className="card" data-testid="capture-details">
      <summary>{t("captureDetails")}</summary>
      {capture && (
        <>
          <p className="muted">
            {t("extractor")}: {capture.extractor} {capture.extractorVersion} · {formatDate(capture.at)}
          </p>
          <ul className="plain">
            {Object.entries(capture.health.found).map(([field, strategy]) => (
              <li key={field}>
                ✓ {field}{" "}
                <span className="muted">
                  ({t("foundBy")} {strategy})
                </span>
              </li>
            ))}
          </ul>
          {capture.health.missing.length > 0 && (
            <p>{t("missingFields", { fields: capture.health.missing.join(", ") })}</p>
          )}
        </>
      )}
      {history.length > 0 && (
        <>
          <h3>{t("changes")}</h3>
          <ul className="plain">
            {history
              .slice(-20)
              .reverse()
              .map((change) => (
                <li key={`${change.field}-${change.changedAt}`}>
                  {formatDate(change.changedAt)}: {change.field}: {describe(change.from)} → {describe(change.to)}
                </li>
              ))}
          </ul>
        </>
      )}
    </details>
  );
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
