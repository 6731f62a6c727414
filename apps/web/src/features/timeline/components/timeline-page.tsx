import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { shortDateContext } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { TIMELINE_PAGE_SIZE, type TimelineSearch } from "../lib/timeline-search";
import { KindFilter } from "./kind-filter";
import { NoteForm } from "./note-form";
import { TimelineEntries } from "./timeline-entries";

export function TimelinePage({ context, search }: { context: RegionContext; search: TimelineSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/regions/$slug/timeline" });
  const { region, slug, name, canWrite } = context;
  const page = search.page ?? 1;
  const list = useQuery({
    ...trpc.timeline.list.queryOptions({ slug, kinds: search.kinds, page, pageSize: TIMELINE_PAGE_SIZE }),
    // The current page stays on screen while the next one loads, so the pager does not jump away.
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading title={t("timeline.title", { region: name })} />
      <p className="lead">{t("timeline.intro")}</p>
      <KindFilter
        key={(search.kinds ?? []).join(",")}
        selected={search.kinds}
        onApply={(kinds) => void navigate({ search: { kinds } })}
      />
      <section aria-labelledby="timeline-list-heading" className="section">
        <h2 id="timeline-list-heading">{t("timeline.listHeading")}</h2>
        <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("timeline.empty")}>
          {(data) => (
            <>
              <TimelineEntries
                slug={slug}
                entries={data.rows}
                canWrite={canWrite}
                regionId={region.id}
                dateContext={shortDateContext(region.currentEdition)}
              />
              <Pager
                page={page}
                total={data.total}
                pageSize={TIMELINE_PAGE_SIZE}
                onPageChange={(next) => void navigate({ search: { ...search, page: next } })}
              />
            </>
          )}
        </ListState>
      </section>
      {canWrite && (
        <section className="section">
          <NoteForm regionId={region.id} context={shortDateContext(region.currentEdition)} />
        </section>
      )}
    </>
  );
}
