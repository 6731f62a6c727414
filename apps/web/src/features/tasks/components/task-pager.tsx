import { useTranslation } from "react-i18next";
import { taskPaging } from "../lib/paging";

interface Props {
  /** One-based page shown. */
  page: number;
  pageSize: number;
  rowCount: number;
  total: number;
  totalIsLowerBound: boolean;
  onPageChange: (page: number) => void;
}

/**
 * Previous/next for the task table; the count is a status so a screen reader hears the new range. Past the
 * server's counting cap the total reads 「10,000件以上」 and the pages go on while they come back full.
 */
export function TaskPager({ onPageChange, ...page }: Props) {
  const { t } = useTranslation();
  const { first, last, pages, hasPrevious, hasNext } = taskPaging(page);
  const range = { total: page.total, first, last };
  return (
    <>
      <p role="status" className="muted">
        {page.totalIsLowerBound ? t("tasks.pager.countAtLeast", range) : t("tasks.pager.count", range)}
      </p>
      {(hasPrevious || hasNext) && (
        <nav className="pagination" aria-label={t("pager.label")}>
          <button
            type="button"
            className="button button--secondary"
            disabled={!hasPrevious}
            onClick={() => onPageChange(page.page - 1)}
          >
            {t("pager.previous")}
          </button>
          <span>
            {pages === null
              ? t("tasks.pager.page", { page: page.page })
              : t("pager.pageOf", { page: page.page, pages })}
          </span>
          <button
            type="button"
            className="button button--secondary"
            disabled={!hasNext}
            onClick={() => onPageChange(page.page + 1)}
          >
            {t("pager.next")}
          </button>
        </nav>
      )}
    </>
  );
}
