import { useTranslation } from "react-i18next";

/** How to subscribe in the two calendar apps most committee members use. */
export function CalendarHelp() {
  const { t } = useTranslation();
  const steps = (key: "google" | "outlook") =>
    t(`calendarLinks.help.${key}.steps`, { returnObjects: true }) as readonly string[];
  return (
    <section aria-labelledby="calendar-help-heading" className="section">
      <h2 id="calendar-help-heading">{t("calendarLinks.help.heading")}</h2>
      <div className="help-grid">
        {(["google", "outlook"] as const).map((app) => (
          <section key={app} aria-labelledby={`calendar-help-${app}`} className="card">
            <h3 id={`calendar-help-${app}`}>{t(`calendarLinks.help.${app}.title`)}</h3>
            <ol>
              {steps(app).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <p className="muted">{t("calendarLinks.help.refresh")}</p>
    </section>
  );
}
