import { can, TASK_STATUSES, type TaskStatus } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { isApiError, useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { mayMove, movesFor, neighbourStatus } from "../lib/board-moves";
import { BoardCard } from "./board-card";
import type { TaskRow } from "./task-columns";
import { TaskViews } from "./task-views";

const BOARD_LIMIT = 200;

export function BoardPage() {
  const me = useMe();
  return can(me, "task.read") ? <Board /> : <Forbidden />;
}

function Board() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { sort: "dueOn" as const, direction: "asc" as const, page: 1, pageSize: BOARD_LIMIT };
  const list = useQuery(trpc.task.list.queryOptions(input));
  const [announcement, setAnnouncement] = useState("");
  // The card to focus once it has re-rendered in its new column.
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<TaskStatus | null>(null);
  // A refused move is said on the card itself (and to screen readers), where the person is looking.
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const refuse = (task: TaskRow, message: string) => {
    setRefusals((r) => ({ ...r, [task.id]: message }));
    setAnnouncement(message);
  };
  const me = useMe();

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`card-${focusId}`)?.focus();
  }, [focusId, list.data]);

  const update = useMutation(trpc.task.update.mutationOptions());

  const move = (task: TaskRow, to: TaskStatus) => {
    if (task.status === to) return;
    if (!mayMove(me, task)) {
      refuse(task, t("tasks.board.notAllowed", { title: task.title }));
      return;
    }
    setRefusals(({ [task.id]: _, ...rest }) => rest);
    const status = t(`taskStatus.${to}`);
    setFocusId(task.id);
    update.mutate(
      { id: task.id, version: task.version, status: to },
      {
        onSuccess: async (updated) => {
          queryClient.setQueryData(trpc.task.list.queryKey(input), (data) =>
            data
              ? {
                  ...data,
                  rows: data.rows.map((r) =>
                    r.id === task.id ? { ...r, status: to, version: updated?.version ?? r.version } : r,
                  ),
                }
              : data,
          );
          setAnnouncement(t("tasks.board.moved", { title: task.title, status }));
          await queryClient.invalidateQueries(trpc.task.pathFilter());
          await queryClient.invalidateQueries(trpc.overview.pathFilter());
        },
        onError: async (error) => {
          const conflict = isApiError(error) && error.data?.code === "CONFLICT";
          refuse(
            task,
            conflict
              ? t("tasks.board.conflict", { title: task.title })
              : t("tasks.board.failed", {
                  title: task.title,
                  message: isApiError(error) ? error.message : t("form.networkError"),
                }),
          );
          await queryClient.invalidateQueries(trpc.task.pathFilter());
        },
      },
    );
  };
  const step = (task: TaskRow, direction: -1 | 1) => {
    const to = neighbourStatus(task.status as TaskStatus, direction);
    if (to) move(task, to);
    else refuse(task, t("tasks.board.noMove", { title: task.title }));
  };

  return (
    <>
      <PageHeading title={t("tasks.board.title")} />
      <p className="lead">{t("tasks.board.intro")}</p>
      <p id="board-help" className="notice notice--info">
        {t("tasks.board.keyboardHelp")}
      </p>
      <TaskViews current="board" />
      <p role="status" aria-live="polite" className="board-announcement">
        {announcement}
      </p>
      <ListState query={list}>
        {(data) => (
          <>
            {data.total > BOARD_LIMIT && (
              <p className="muted">{t("tasks.board.limited", { count: BOARD_LIMIT })}</p>
            )}
            <div className="board">
              {TASK_STATUSES.map((status) => {
                const cards = data.rows.filter((r) => r.status === status);
                return (
                  <section
                    key={status}
                    aria-labelledby={`board-${status}`}
                    className={dropTarget === status ? "board-column board-column--drop" : "board-column"}
                    data-status={status}
                    onDragOver={(e) => {
                      e.preventDefault();
                      setDropTarget(status);
                    }}
                    onDragLeave={() => setDropTarget(null)}
                    onDrop={(e) => {
                      e.preventDefault();
                      setDropTarget(null);
                      const task = data.rows.find((r) => r.id === e.dataTransfer.getData("text/plain"));
                      if (task) move(task, status);
                    }}
                  >
                    <h2 id={`board-${status}`} className="board-column-title">
                      {t("tasks.board.column", { status: t(`taskStatus.${status}`), count: cards.length })}
                    </h2>
                    {cards.length === 0 ? (
                      <p className="muted small">{t("tasks.board.empty")}</p>
                    ) : (
                      <ul className="board-cards">
                        {cards.map((task) => (
                          <li key={task.id}>
                            <BoardCard
                              task={task}
                              moves={movesFor(me, { ...task, status: task.status as TaskStatus })}
                              refusal={refusals[task.id] ?? null}
                              onMove={move}
                              onStep={step}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          </>
        )}
      </ListState>
    </>
  );
}
