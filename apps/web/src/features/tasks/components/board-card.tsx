import type { TaskStatus } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import { useRegionNames } from "../../../lib/use-region-names";
import { OverdueTag } from "./overdue-tag";
import type { TaskRow } from "./task-columns";

interface Props {
  task: TaskRow;
  /** The columns this person may move the card to; none: no 移動 menu, no dragging. */
  moves: readonly TaskStatus[];
  /** Why the last move of this card was refused, said next to the card. */
  refusal: string | null;
  onMove: (task: TaskRow, to: TaskStatus) => void;
  onStep: (task: TaskRow, step: -1 | 1) => void;
}

/**
 * A focusable, draggable card. Keyboard: Alt+←/→ moves it one column; the 「移動」 button lists the other
 * columns. Both are described by the board's help text.
 */
export function BoardCard({ task, moves, refusal, onMove, onStep }: Props) {
  const { t } = useTranslation();
  const regionName = useRegionNames();
  const [open, setOpen] = useState(false);
  const titleId = `card-title-${task.id}`;
  const menuId = `card-menu-${task.id}`;
  const refusalId = `card-refusal-${task.id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || !e.altKey) return;
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      onStep(task, e.key === "ArrowRight" ? 1 : -1);
    }
  };

  return (
    <article
      id={`card-${task.id}`}
      className={task.overdue ? "board-card board-card--overdue" : "board-card"}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the card itself takes focus, so Alt+←/→ can move it.
      tabIndex={0}
      draggable={moves.length > 0}
      aria-labelledby={titleId}
      aria-describedby={refusal ? `board-help ${refusalId}` : "board-help"}
      data-task-id={task.id}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData("text/plain", task.id);
        e.dataTransfer.effectAllowed = "move";
      }}
    >
      <h3 id={titleId} className="board-card-title">
        <Link to="/tasks/$taskId" params={{ taskId: task.id }} data-user-text="">
          {task.title}
        </Link>
      </h3>
      <p className="board-card-meta">
        <span>{regionName(task.regionId, task.regionName)}</span>
        {task.assigneeName !== null ? (
          <span data-user-text="">{task.assigneeName}</span>
        ) : (
          <span>{t("tasks.unassigned")}</span>
        )}
        {task.dueOn && <DueDate value={task.dueOn} />}
        {task.overdue && <OverdueTag />}
      </p>
      <p id={refusalId} role="alert" className="board-card-refusal">
        {refusal}
      </p>
      {moves.length === 0 ? (
        <p className="muted small">{t("tasks.board.readOnly")}</p>
      ) : (
        <div className="board-move">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={open}
            aria-controls={menuId}
            aria-label={t("tasks.board.moveCard", { title: task.title })}
            onClick={() => setOpen((o) => !o)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setOpen(false);
            }}
          >
            {t("tasks.board.move")}
          </button>
          <ul id={menuId} className="board-move-list" hidden={!open}>
            {moves.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setOpen(false);
                    onMove(task, s);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === "Escape") setOpen(false);
                  }}
                >
                  {t("tasks.board.moveTo", { status: t(`taskStatus.${s}`) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
