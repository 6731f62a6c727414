import { useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
}

/** A read-only address with a copy button; the result of copying is announced next to it. */
export function CopyField({ id, label, hint, value }: Props) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="copy-row">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button" onClick={() => void copyValue()}>
          {t("calendarLinks.copy")}
          <span className="visually-hidden">{t("calendarLinks.copyWhich", { label })}</span>
        </button>
      </div>
      <p role="status" className={copy === "failed" ? "field-error" : "muted small"}>
        {copy === "copied"
          ? t("calendarLinks.copied")
          : copy === "failed"
            ? t("calendarLinks.copyFailed")
            : ""}
      </p>
    </div>
  );
}
