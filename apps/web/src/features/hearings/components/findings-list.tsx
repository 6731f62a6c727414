import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";

interface Finding {
  body: string;
  themeId: string;
  themeJa: string;
  themeEn: string;
}

/** Findings grouped under their theme, themes in the order they first appear. */
export function FindingsList({ findings, headingLevel = 3 }: { findings: Finding[]; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  if (findings.length === 0) return <p className="empty">{t("hearings.noFindings")}</p>;
  const themes = [...new Map(findings.map((f) => [f.themeId, f])).values()];
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="findings">
      {themes.map((theme) => (
        <section key={theme.themeId} className="finding-group">
          <Heading className="finding-theme">
            <span className="tag">{locale === "en" ? theme.themeEn : theme.themeJa}</span>
          </Heading>
          <ul>
            {findings
              .filter((f) => f.themeId === theme.themeId)
              .map((f) => (
                <li key={f.body} className="pre-line">
                  {f.body}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
