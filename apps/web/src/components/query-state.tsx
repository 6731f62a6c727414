import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}

export function LoadError({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{message ?? t("app.loadError")}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </div>
  );
}
