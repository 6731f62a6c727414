import type { SurveyStatus } from "@kyoso/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The answer link to hand out (absolute, from the server's PUBLIC_URL), with a copy button; a draft's link answers "not found", so it is not shown. */
export function PublicLink({ url, status }: { url: string; status: SurveyStatus }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <section aria-labelledby="survey-link-heading" className="card survey-link">
      <h2 id="survey-link-heading">{t("surveys.link.heading")}</h2>
      {status === "draft" ? (
        <p className="muted">{t("surveys.link.draft")}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="survey-public-link">{t("surveys.link.label")}</label>
            <p id="survey-public-link-hint" className="field-hint">
              {t("surveys.link.hint")}
            </p>
            <div className="copy-row">
              <input
                id="survey-public-link"
                type="text"
                readOnly
                value={url}
                aria-describedby="survey-public-link-hint"
                onFocus={(e) => e.target.select()}
              />
              <button type="button" className="button" onClick={() => void copyLink()}>
                {t("surveys.link.copy")}
              </button>
            </div>
          </div>
          <p>
            <a href={url} target="_blank" rel="noopener">
              {t("surveys.link.open")}
              <span className="visually-hidden">{t("surveys.link.newTab")}</span>
            </a>
          </p>
          <p role="status" className={copy === "failed" ? "field-error" : "muted"}>
            {copy === "copied"
              ? t("surveys.link.copied")
              : copy === "failed"
                ? t("surveys.link.copyFailed")
                : ""}
          </p>
        </>
      )}
    </section>
  );
}
