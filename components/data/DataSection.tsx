import { useTranslate } from "../use-ui-language";
import { BackupPanel } from "./BackupPanel";
import { CsvExportPanel } from "./CsvExportPanel";
import { OutcomeImportPanel } from "./OutcomeImportPanel";
import "./data.css";

/** "Your data" on the options page: the weekly review, CRM export, backup and restore, outcome import. */
export function DataSection() {
  const { t } = useTranslate();
  return (
    <section aria-labelledby="data-heading" className="data-section">
      <h2 id="data-heading">{t("dataTitle")}</h2>
      <p>
        <a href={browser.runtime.getURL("/dashboard.html")} target="_blank" rel="noopener">
          {t("dataOpenDashboard")}
        </a>
      </p>
      <CsvExportPanel t={t} />
      <BackupPanel t={t} />
      <OutcomeImportPanel t={t} />
    </section>
  );
}
