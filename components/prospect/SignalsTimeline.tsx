import type { UiLanguage } from "@/lib/i18n/messages";
import { signalText } from "@/lib/i18n/signal-text";
import type { Signal } from "@/lib/model";
import { signalLabel } from "../queue/labels";
import { SafeLink } from "../SafeLink";
import type { Translate } from "../use-ui-language";

/** Signals of the person and their company, newest first, each with its date and source. */
export function SignalsTimeline({
  signals,
  formatDate,
  language,
  t,
}: {
  signals: readonly Signal[];
  formatDate(time: number): string;
  language: UiLanguage;
  t: Translate;
}) {
  const sorted = [...signals].sort((a, b) => b.date - a.date);
  return (
    <section className="card" aria-labelledby="signals-heading">
      <h2 id="signals-heading">{t("signals")}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t("signalsNone")}</p>
      ) : (
        <ol className="plain" data-testid="signals">
          {sorted.map((signal) => (
            <li key={signal.id}>
              <time dateTime={new Date(signal.date).toISOString()}>{formatDate(signal.date)}</time>{" "}
              <span className="tag">{t(signalLabel[signal.type])}</span> {signalText(signal, language)}{" "}
              <SafeLink href={signal.provenance.sourceUrl}>({t("source")})</SafeLink>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
