import { can } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import type { RowSelectionState } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { PHONE_QUERY, useMediaQuery } from "../../../lib/use-media-query";
import { listInputOf } from "../lib/list-input";
import { filterLoadedRows } from "../lib/local-filter";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type TaskSearch } from "../lib/task-search";
import { useColumnVisibility } from "../lib/use-column-visibility";
import { BulkStatus } from "./bulk-status";
import { ColumnChooser } from "./column-chooser";
import type { SORT_KEYS } from "./task-columns";
import { TaskFilters } from "./task-filters";
import { TaskPager } from "./task-pager";
import { TaskViews } from "./task-views";
import { TasksTable } from "./tasks-table";

/** The Excel download of the table as filtered and sorted: the same address parameters, every page. */
function sheetAddress(search: TaskSearch): string {
  const params = new URLSearchParams();
  const { status, region, assignee, mine, from, to, q, sort, dir } = search;
  for (const [key, value] of Object.entries({ region, assignee, from, to, q, sort, dir })) {
    if (value) params.set(key, value);
  }
  if (status?.length) params.set("status", status.join(","));
  if (mine) params.set("mine", "true");
  const query = params.toString();
  return query ? `/exports/tasks.xlsx?${query}` : "/exports/tasks.xlsx";
}

export function TasksPage({ search }: { search: TaskSearch }) {
  const me = useMe();
  return can(me, "task.read") ? <Tasks search={search} /> : <Forbidden />;
}

function Tasks({ search }: { search: TaskSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const navigate = useNavigate({ from: "/tasks" });
  const input = listInputOf(search);
  const list = useQuery({ ...trpc.task.list.queryOptions(input), placeholderData: keepPreviousData });
  const regions = useQuery(trpc.region.list.queryOptions());
  const national = can(me, "user.manage");
  const users = useQuery({ ...trpc.user.list.queryOptions(), enabled: national });
  const { visibility, setShown } = useColumnVisibility();
  const phone = useMediaQuery(PHONE_QUERY);
  const [selection, setSelection] = useState<RowSelectionState>({});
  // The keyword as typed: the rows on screen are narrowed by it at once, before the server answers.
  const [typed, setTyped] = useState(search.q ?? "");
  const shownRows = useMemo(() => filterLoadedRows(list.data?.rows ?? [], typed), [list.data, typed]);

  const update = useCallback(
    (patch: Partial<TaskSearch>) => {
      setSelection({});
      // Any change but a page turn starts again from the first page.
      void navigate({ search: (previous) => ({ ...previous, page: undefined, ...patch }) });
    },
    [navigate],
  );
  const onSort = (column: keyof typeof SORT_KEYS) =>
    update({ sort: column, dir: input.sort === column && input.direction === "asc" ? "desc" : "asc" });

  return (
    <>
      <PageHeading title={search.mine ? t("tasks.views.mine") : t("tasks.title")} />
      <p className="lead tasks-lead">{t("tasks.intro")}</p>
      <TaskViews current={search.mine ? "mine" : "all"} />
      <TaskFilters
        search={search}
        regions={regions.data ?? []}
        users={national ? (users.data ?? []) : null}
        onChange={update}
        onTyping={setTyped}
        onClear={() =>
          update({
            status: undefined,
            region: undefined,
            assignee: undefined,
            from: undefined,
            to: undefined,
            q: undefined,
          })
        }
      />
      <section aria-labelledby="task-results-heading" className="section task-results">
        <h2 id="task-results-heading" className="visually-hidden">
          {t("tasks.tableCaption")}
        </h2>
        <ListState query={list}>
          {(data) => {
            const tools = (
              <div className="table-tools">
                <ColumnChooser visibility={visibility} onChange={setShown} />
                <a className="button button--secondary" href={sheetAddress(search)} download>
                  {t("tasks.xlsx")}
                </a>
                <div className="field inline-field">
                  <label htmlFor="task-page-size">{t("tasks.pageSize")}</label>
                  <select
                    id="task-page-size"
                    value={input.pageSize}
                    onChange={(e) => {
                      const size = Number(e.target.value);
                      update({ size: size === DEFAULT_PAGE_SIZE ? undefined : size });
                    }}
                  >
                    {PAGE_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            );
            const bulk = (
              <BulkStatus
                tasks={data.rows.filter((row) => selection[row.id])}
                onDone={() => setSelection({})}
                onlyWhenSelected={phone}
              />
            );
            // On a phone the tasks come first: the columns, the download and the page size follow the cards,
            // and the status change waits at the foot of the screen once a card is ticked.
            return (
              <>
                {!phone && tools}
                {!phone && bulk}
                {data.total === 0 ? (
                  <p className="empty" role="status">
                    {t("tasks.empty")}
                  </p>
                ) : (
                  <>
                    <TaskPager
                      page={input.page}
                      pageSize={input.pageSize}
                      rowCount={data.rows.length}
                      total={data.total}
                      totalIsLowerBound={data.totalIsLowerBound}
                      onPageChange={(page) => {
                        setSelection({});
                        void navigate({
                          search: (previous) => ({ ...previous, page: page > 1 ? page : undefined }),
                        });
                      }}
                    />
                    <TasksTable
                      rows={shownRows}
                      sort={input.sort}
                      direction={input.direction}
                      onSort={onSort}
                      columnVisibility={visibility}
                      rowSelection={selection}
                      onRowSelectionChange={setSelection}
                    />
                  </>
                )}
                {phone && bulk}
                {phone && tools}
              </>
            );
          }}
        </ListState>
      </section>
    </>
  );
}
