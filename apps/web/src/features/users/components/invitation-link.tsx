import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../../../i18n/use-dates";

export interface IssuedInvitation {
  name: string;
  /** Absolute, built by the server from PUBLIC_URL. */
  invitationUrl: string;
  expiresAt: string;
  /** A password reset link of an active user is shown the same way, with its own words. */
  kind?: "invitation" | "reset";
}

/**
 * The one-time link, shown once (there is no mail server): a full URL to copy. It takes focus when it
 * appears, so the person who just invited hears it and lands next to the copy button.
 */
export function InvitationLink({ issued }: { issued: IssuedInvitation }) {
  const { t } = useTranslation();
  const dates = useDates();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const url = issued.invitationUrl;
  const reset = issued.kind === "reset";

  useEffect(() => {
    setCopy("idle");
    heading.current?.focus();
  }, [url]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <section aria-labelledby="invitation-link-heading" className="card invitation-link">
      <h2 id="invitation-link-heading" ref={heading} tabIndex={-1}>
        {t(reset ? "userReset.heading" : "users.linkHeading", { name: issued.name })}
      </h2>
      <p>{t(reset ? "userReset.once" : "users.linkOnce")}</p>
      <p>{t(reset ? "userReset.expiry" : "users.linkExpiry", { date: dates.dateTime(issued.expiresAt) })}</p>
      <div className="field">
        <label htmlFor="invitation-link">{t(reset ? "userReset.label" : "users.linkLabel")}</label>
        <div className="copy-row">
          <input id="invitation-link" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
          <button type="button" className="button" onClick={() => void copyLink()}>
            {t("users.copy")}
          </button>
        </div>
      </div>
      <p role="status" className={copy === "failed" ? "field-error" : "muted"}>
        {copy === "copied" ? t("users.copied") : copy === "failed" ? t("users.copyFailed") : ""}
      </p>
    </section>
  );
}
