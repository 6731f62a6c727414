import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../lib/api-errors";

interface Props {
  failure: ApiFailure | null;
  /** Offered when the server reports a stale version (CONFLICT). */
  onReload?: (() => void) | undefined;
}

/** The server's refusal in a live alert region that is always present, so the message is announced when it fills. */
export function FormFailure({ failure, onReload }: Props) {
  const { t } = useTranslation();
  const fieldMessages = Object.values(failure?.fieldErrors ?? {})
    .flat()
    .filter((message) => message !== failure?.message);
  return (
    <div role="alert" className={failure ? "notice notice--error" : undefined}>
      {failure && (
        <>
          <p className="notice-title">{t("form.serverErrorTitle")}</p>
          <p>{failure.message}</p>
          {fieldMessages.length > 0 && (
            <ul>
              {fieldMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {failure.code === "CONFLICT" && onReload && (
            <p>
              {t("form.conflictHint")}{" "}
              <button type="button" className="button button--secondary" onClick={onReload}>
                {t("form.reload")}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
