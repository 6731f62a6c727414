import { canRecordRetrospective } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";
import type { ForumContext } from "./forum-frame";
import { RetrospectiveForm } from "./retrospective-form";

/** After the forum: how many came, the participants' survey, and what was learnt. Open from 開催済 on. */
export function RetrospectivePage({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const { edition } = forum;
  const retro = useQuery(trpc.retrospective.forEdition.queryOptions({ editionId: edition.id }));
  // Remounting the form is how a reload after a conflict replaces the user's stale values.
  const [formKey, setFormKey] = useState(0);
  const open = canRecordRetrospective(edition.stage);

  if (!isLoaded(retro)) return <QueryFallback query={retro} />;
  const saved = retro.data;

  return (
    <section aria-labelledby="retrospective-heading" className="forum-section">
      <h2 id="retrospective-heading">{t("forum.retrospective.heading")}</h2>
      {!open ? (
        <div className="notice notice--info">
          <p className="notice-title">{t("forum.retrospective.notYetTitle")}</p>
          <p>{t("forum.retrospective.notYet", { stage: t(`stage.${edition.stage}`) })}</p>
          {edition.heldOn && <p>{t("forum.retrospective.heldOn", { date: dates.date(edition.heldOn) })}</p>}
          <p>{t("forum.retrospective.whatFor")}</p>
        </div>
      ) : forum.canWrite ? (
        <>
          <p className="muted">{t("forum.retrospective.intro")}</p>
          {edition.stage === "held" && (
            <p className="notice notice--info">{t("forum.retrospective.movesStage")}</p>
          )}
          <RetrospectiveForm
            key={formKey}
            forum={forum}
            saved={saved}
            onReload={async () => {
              await retro.refetch();
              setFormKey((k) => k + 1);
            }}
          />
        </>
      ) : saved ? (
        <RetrospectiveView forum={forum} />
      ) : (
        <p className="empty">{t("forum.retrospective.empty")}</p>
      )}
    </section>
  );
}

function RetrospectiveView({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const retro = useQuery(trpc.retrospective.forEdition.queryOptions({ editionId: forum.edition.id }));
  const saved = retro.data;
  if (!saved) return null;
  const people = (n: number | null) =>
    n === null ? t("forum.retrospective.notRecorded") : t("common.people", { count: n });
  return (
    <div className="card">
      <dl className="facts">
        <div>
          <dt>{t("forum.retrospective.fields.venueAttendance")}</dt>
          <dd>{people(saved.venueAttendance)}</dd>
        </div>
        <div>
          <dt>{t("forum.retrospective.fields.onlineAttendance")}</dt>
          <dd>{people(saved.onlineAttendance)}</dd>
        </div>
        <div>
          <dt>{t("forum.retrospective.fields.surveyUrl")}</dt>
          <dd className="break-anywhere">
            {saved.surveyUrl ? (
              <a href={saved.surveyUrl}>{saved.surveyUrl}</a>
            ) : (
              t("forum.retrospective.notRecorded")
            )}
          </dd>
        </div>
      </dl>
      <h3>{t("forum.retrospective.fields.notes")}</h3>
      <p className="pre-line">{saved.notes ?? t("forum.retrospective.notRecorded")}</p>
      <p className="muted small">
        {t("forum.retrospective.updatedAt", { at: dates.dateTime(saved.updatedAt) })}
      </p>
    </div>
  );
}
