import { useTranslation } from "react-i18next";
import { RejectedLinesTable } from "../../../components/rejected-lines-table";
import { useDates } from "../../../i18n/use-dates";
import type { RouterOutputs } from "../../../lib/api-types";
import type { RegistrationPreview } from "../lib/types";
import type { ForumContext } from "./forum-frame";
import { VenueFullOutcome } from "./venue-full-outcome";

interface Props {
  forum: ForumContext;
  preview: RegistrationPreview;
  committing: boolean;
  /** What the commit wrote; null before. */
  committed: RouterOutputs["capacity"]["importCommit"] | null;
  onCommit: () => void;
}

/** What the file would change: counts before and after, lines that cannot be read, and the venue-full switch. */
export function ImportPreview({ forum, preview, committing, committed, onCommit }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const { current, rejected } = preview;
  const blocked = rejected.length > 0;
  const empty = preview.venue + preview.online === 0;
  return (
    <section aria-labelledby="import-preview-heading" className="card import-preview">
      <h3 id="import-preview-heading">{t("forum.import.previewHeading")}</h3>
      <div className="table-scroll">
        <table className="data-table data-table--cards">
          <caption className="visually-hidden">{t("forum.import.countsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="plain-th">
                <span className="visually-hidden">{t("forum.import.kind")}</span>
              </th>
              <th scope="col" className="plain-th">
                {t("forum.import.now")}
              </th>
              <th scope="col" className="plain-th">
                {t("forum.import.inFile")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="row-th">
                {t("forum.capacity.venue")}
              </th>
              <td data-label={t("forum.import.now")}>
                {t("forum.import.count", { count: current.venueRegistrations })}
              </td>
              <td data-label={t("forum.import.inFile")}>
                {t("forum.import.count", { count: preview.venue })}
              </td>
            </tr>
            <tr>
              <th scope="row" className="row-th">
                {t("forum.capacity.online")}
              </th>
              <td data-label={t("forum.import.now")}>
                {t("forum.import.count", { count: current.onlineRegistrations })}
              </td>
              <td data-label={t("forum.import.inFile")}>
                {t("forum.import.count", { count: preview.online })}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted small">{t("forum.import.cancelled", { count: preview.cancelled })}</p>

      {preview.becomesVenueFull && preview.venueFullFrom && (
        <p className="notice notice--info">
          <strong>{t("forum.import.becomesFull", { date: dates.date(preview.venueFullFrom) })}</strong>
        </p>
      )}

      <h4 className="import-rejected-heading">{t("forum.import.rejected", { count: rejected.length })}</h4>
      {blocked ? (
        <>
          <RejectedLinesTable rows={rejected} caption={t("forum.import.rejectedCaption")} />
          <p className="notice notice--error">{t("forum.import.blocked")}</p>
        </>
      ) : (
        <p className="muted">{t("forum.import.noneRejected")}</p>
      )}

      <div className="form-actions">
        {!blocked && !empty && committed === null && (
          <button type="button" className="button" aria-disabled={committing || undefined} onClick={onCommit}>
            {committing ? t("form.saving") : t("forum.import.commit")}
          </button>
        )}
        {empty && !blocked && <p>{t("forum.import.nothing")}</p>}
        <div role="status">
          {committed && (
            <VenueFullOutcome forum={forum} result={committed} savedKey="forum.import.committed" />
          )}
        </div>
      </div>
    </section>
  );
}
