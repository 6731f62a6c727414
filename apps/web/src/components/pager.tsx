import { useTranslation } from "react-i18next";

interface Props {
  /** One-based page shown. */
  page: number;
  total: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

/** Previous/next for a list the server pages; the count is a status so a screen reader hears the new range. */
export function Pager({ page, total, pageSize, onPageChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(Math.ceil(total / pageSize), 1);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <>
      <p role="status" className="muted">
        {t("pager.count", { total, first, last })}
      </p>
      {pages > 1 && (
        <nav className="pagination" aria-label={t("pager.label")}>
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            {t("pager.previous")}
          </button>
          <span>{t("pager.pageOf", { page, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => onPageChange(page + 1)}
          >
            {t("pager.next")}
          </button>
        </nav>
      )}
    </>
  );
}
