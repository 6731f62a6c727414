import { can, type EditionSummary, type UserProfile } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { Forbidden } from "../../../components/forbidden";
import { MilestoneStatusBadge } from "../../../components/milestone-status";
import { NotFound } from "../../../components/not-found";
import { PrintSheet } from "../../../components/print-sheet";
import { isLoaded, ListState, QueryFallback } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { useDates } from "../../../i18n/use-dates";
import { isForbidden, isMissing, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";

interface Props {
  slug: string;
  /** The forum's year; without it, the newest forum the reader may open (a partner: theirs). */
  year: number | undefined;
  /** Whether free text was asked for; it is shown only to those who may read the region (region.read). */
  notes: boolean;
}

/**
 * A region's preparation report for a partner or a 自治体: the forum, its milestones, and (for those who may read
 * the region's records) the co-hosts with their status and the timeline. Every part comes from a query the
 * reader may already call, so the report shows no more than the screens do; free text is left out unless asked
 * for, and a reader without region.read never asks for it.
 */
export function RegionReportPrintPage({ slug, year, notes }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const me = useMe();
  const summary = useQuery(trpc.region.summary.queryOptions({ slug }));
  const region = summary.data;
  const readsRecords = region !== undefined && can(me, "region.read", { regionId: region.id });
  const chosen = region && pickEdition(region.editions, region.id, me, year);
  const readsEdition =
    region !== undefined &&
    chosen !== undefined &&
    can(me, "edition.read", { regionId: region.id, editionId: chosen.id });
  const edition = useQuery({
    ...trpc.forumEdition.byId.queryOptions({ id: chosen?.id ?? "" }),
    enabled: readsEdition,
  });
  const milestones = useQuery({
    ...trpc.milestone.forEdition.queryOptions({ editionId: chosen?.id ?? "" }),
    enabled: chosen !== undefined,
  });
  const detail = useQuery({ ...trpc.region.bySlug.queryOptions({ slug }), enabled: readsRecords });
  const agreements = useQuery({ ...trpc.agreement.forRegion.queryOptions({ slug }), enabled: readsRecords });

  if (summary.isError && isMissing(summary.error)) return <NotFound kind="region" />;
  if (summary.isError && isForbidden(summary.error)) return <Forbidden />;
  if (!isLoaded(summary))
    return <QueryFallback query={summary} errorMessage={serverMessage(summary.error)} />;
  if (year !== undefined && !chosen) return <NotFound />;

  const data = summary.data;
  const regionName = locale === "en" ? data.nameEn : data.nameJa;
  const showNotes = notes && readsRecords;
  const settled = [
    readsEdition ? edition : null,
    chosen ? milestones : null,
    readsRecords ? detail : null,
    readsRecords ? agreements : null,
  ].every((q) => q === null || !q.isPending);

  return (
    <PrintSheet
      title={t("print.report.title", { region: regionName })}
      owner={chosen ? `${regionName} ${chosen.title}` : regionName}
      back={{ to: "/regions/$slug", params: { slug } }}
      ready={settled}
      options={readsRecords && <NotesOption slug={slug} year={year} notes={notes} />}
    >
      <section aria-labelledby="report-forum" className="print-block">
        <h2 id="report-forum">{t("print.report.forumHeading")}</h2>
        {chosen ? (
          <dl className="print-facts">
            <dt>{t("print.report.forum")}</dt>
            <dd>{chosen.title}</dd>
            <dt>{t("print.report.stage")}</dt>
            <dd>{t(`stage.${chosen.stage}`)}</dd>
            <dt>{t("print.report.heldOn")}</dt>
            <dd>{chosen.heldOn ? <DateText value={chosen.heldOn} /> : t("common.undecided")}</dd>
            {edition.data && (
              <>
                <dt>{t("print.report.venue")}</dt>
                <dd>{edition.data.venueName ?? t("common.undecided")}</dd>
              </>
            )}
          </dl>
        ) : (
          <p className="print-muted">{t("print.report.noEdition")}</p>
        )}
      </section>

      {chosen && (
        <section aria-labelledby="report-milestones">
          <h2 id="report-milestones">{t("print.report.milestonesHeading")}</h2>
          <ListState query={milestones}>{(rows) => <Milestones rows={rows} />}</ListState>
        </section>
      )}

      {readsRecords ? (
        <>
          <section aria-labelledby="report-cohosts">
            <h2 id="report-cohosts">{t("print.report.cohostsHeading")}</h2>
            <ListState query={agreements}>
              {(rows) => (
                <Cohosts
                  rows={rows.filter((a) => chosen !== undefined && a.editionId === chosen.id)}
                  notes={showNotes}
                />
              )}
            </ListState>
          </section>
          <section aria-labelledby="report-timeline">
            <h2 id="report-timeline">{t("print.report.timelineHeading")}</h2>
            {!showNotes && <p className="print-note">{t("print.report.notesLeftOut")}</p>}
            <ListState query={detail}>
              {(region) => <Timeline entries={region.timeline} notes={showNotes} />}
            </ListState>
          </section>
        </>
      ) : (
        <p className="print-note">{t("print.report.restricted")}</p>
      )}
    </PrintSheet>
  );
}

/** The forum the report is about: the year asked for, or the newest the reader may open, or the newest. */
function pickEdition(
  editions: EditionSummary[],
  regionId: string,
  me: UserProfile | null,
  year: number | undefined,
): EditionSummary | undefined {
  if (year !== undefined) return editions.find((e) => e.year === year);
  return editions.find((e) => can(me, "edition.read", { regionId, editionId: e.id })) ?? editions[0];
}

/** Free text on or off: kept in the address, so the page printed is the page chosen. Not printed itself. */
function NotesOption({ slug, year, notes }: { slug: string; year: number | undefined; notes: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <fieldset className="print-options card">
      <legend>{t("print.report.optionsLabel")}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={notes}
          onChange={(event) =>
            void navigate({
              to: "/print/regions/$slug/report",
              params: { slug },
              search: { year, notes: event.target.checked ? true : undefined },
              replace: true,
            })
          }
        />{" "}
        {t("print.report.includeNotes")}
      </label>
      <p className="small muted">{t("print.report.includeNotesHint")}</p>
    </fieldset>
  );
}

function Milestones({
  rows,
}: {
  rows: readonly {
    key: string;
    labelJa: string;
    labelEn: string;
    dueOn: string | null;
    status: Parameters<typeof MilestoneStatusBadge>[0]["status"];
    doneOn: string | null;
  }[];
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th scope="col">{t("print.report.milestoneColumn")}</th>
          <th scope="col">{t("print.report.dueColumn")}</th>
          <th scope="col">{t("print.report.statusColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.key}>
            <th scope="row">{dates.locale === "en" ? m.labelEn : m.labelJa}</th>
            <td>{m.dueOn ? dates.date(m.dueOn) : t("common.undecided")}</td>
            <td>
              <MilestoneStatusBadge status={m.status} />
              {m.doneOn && <> {t("print.report.doneOn", { date: dates.date(m.doneOn) })}</>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CohostRow {
  id: string;
  organizationName: string;
  role: "cohost" | "sponsor" | "cooperation";
  status: string;
  statusChangedOn: string;
  nextStep: string | null;
}

function Cohosts({ rows, notes }: { rows: readonly CohostRow[]; notes: boolean }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (rows.length === 0) return <p className="print-muted">{t("print.report.noCohosts")}</p>;
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th scope="col">{t("print.report.organizationColumn")}</th>
          <th scope="col">{t("print.report.roleColumn")}</th>
          <th scope="col">{t("print.report.cohostStatusColumn")}</th>
          <th scope="col">{t("print.report.changedColumn")}</th>
          {notes && <th scope="col">{t("print.report.nextStepColumn")}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <th scope="row">{a.organizationName}</th>
            <td>{t(`agreementRole.${a.role}`)}</td>
            <td>{t(`agreementStatus.${a.status as "confirmed"}`)}</td>
            <td>{dates.date(a.statusChangedOn)}</td>
            {notes && <td className="print-pre">{a.nextStep ?? t("common.none")}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Entry {
  id: string;
  occurredOn: string;
  precision: "day" | "month";
  kind: string;
  title: string;
  body: string | null;
  isPublic: boolean;
}

function Timeline({ entries, notes }: { entries: readonly Entry[]; notes: boolean }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="print-muted">{t("print.report.noTimeline")}</p>;
  return (
    <>
      <p className="print-muted">{t("print.report.timelineIntro", { count: 100 })}</p>
      <ol className="print-list print-timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            <DateText value={{ date: entry.occurredOn, precision: entry.precision }} />{" "}
            <span className="print-tag">[{t(`timelineKind.${entry.kind as "note"}`)}]</span>{" "}
            <strong>{entry.title}</strong>
            {entry.isPublic && <span className="print-tag"> （{t("print.report.publicTag")}）</span>}
            {notes && entry.body && <p className="print-pre">{entry.body}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
