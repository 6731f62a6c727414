import { can } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { PrintSheet } from "../../../components/print-sheet";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { isForbidden, isMissing, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { SessionTime } from "./session-time";

/**
 * The forum's program as an A4 handout: sessions in order with their time and speakers. Its gate is the same
 * as フォーラム運営's, edition.read: a partner prints their forum's program, pro bono staff their region's.
 */
export function ProgramPrintPage({ slug, year }: { slug: string; year: number }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const me = useMe();
  const summary = useQuery(trpc.region.summary.queryOptions({ slug }));
  const region = summary.data;
  const chosen = region?.editions.find((e) => e.year === year);
  const readable =
    region !== undefined &&
    chosen !== undefined &&
    can(me, "edition.read", { regionId: region.id, editionId: chosen.id });
  const editionId = readable ? chosen.id : "";
  const edition = useQuery({ ...trpc.forumEdition.byId.queryOptions({ id: editionId }), enabled: readable });
  const program = useQuery({ ...trpc.program.forEdition.queryOptions({ editionId }), enabled: readable });

  if (summary.isError && isMissing(summary.error)) return <NotFound kind="region" />;
  if (summary.isError && isForbidden(summary.error)) return <Forbidden />;
  if (!isLoaded(summary))
    return <QueryFallback query={summary} errorMessage={serverMessage(summary.error)} />;
  if (!chosen) return <NotFound />;
  if (!readable) return <Forbidden />;
  const failed = edition.error ?? program.error;
  if (failed && isForbidden(failed)) return <Forbidden />;
  if (!isLoaded(edition)) return <QueryFallback query={edition} />;
  if (!isLoaded(program)) return <QueryFallback query={program} />;

  const e = edition.data;
  const regionName = locale === "en" ? summary.data.nameEn : summary.data.nameJa;
  const sessions = program.data.sessions;
  return (
    <PrintSheet
      title={t("print.program.title", { title: e.title })}
      owner={`${regionName} ${e.title}`}
      back={{
        to: "/regions/$slug/forum",
        params: { slug },
        search: { edition: e.id === summary.data.editions[0]?.id ? undefined : e.id },
      }}
      ready
    >
      <dl className="print-facts">
        <dt>{t("print.program.heldOn")}</dt>
        <dd>{e.heldOn ? <DateText value={e.heldOn} /> : t("common.undecided")}</dd>
        <dt>{t("print.program.venue")}</dt>
        <dd>{e.venueName ?? t("common.undecided")}</dd>
      </dl>
      {sessions.length === 0 ? (
        <p className="print-muted">{t("print.program.empty")}</p>
      ) : (
        <ol className="print-sessions">
          {sessions.map((session) => (
            <li key={session.id} className="print-block print-session">
              <p className="print-session-meta">
                <span className="print-session-kind">{t(`sessionKind.${session.kind}`)}</span>
                <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
              </p>
              <h2 className="print-session-title">{session.title}</h2>
              {session.subtitle && <p>{session.subtitle}</p>}
              {session.speakers.length > 0 && (
                <ul className="print-speakers" aria-label={t("print.program.speakers")}>
                  {session.speakers.map((speaker) => (
                    <li key={speaker.id}>
                      <strong>{speaker.name}</strong>
                      {(speaker.affiliation || speaker.title) && (
                        <span className="print-muted">
                          {" "}
                          {[speaker.affiliation, speaker.title].filter(Boolean).join(" ")}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </PrintSheet>
  );
}
