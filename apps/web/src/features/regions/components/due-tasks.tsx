import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import type { RouterOutputs } from "../../../lib/api-types";
import { useRegionNames } from "../../../lib/use-region-names";

type DueTask = NonNullable<RouterOutputs["overview"]["get"]["dueTasks"]>[number];

/** Open tasks due this week or already overdue, grouped by region: for the national team. */
export function DueTasks({ tasks, today }: { tasks: DueTask[]; today: string }) {
  const { t } = useTranslation();
  const regionName = useRegionNames();
  const groups = new Map<string, DueTask[]>();
  for (const task of tasks) groups.set(task.regionId, [...(groups.get(task.regionId) ?? []), task]);

  return (
    <section aria-labelledby="due-tasks-heading" className="section">
      <h2 id="due-tasks-heading">{t("dashboard.dueTasks.heading")}</h2>
      {tasks.length === 0 ? (
        <p className="empty">{t("dashboard.dueTasks.empty")}</p>
      ) : (
        <div className="due-groups">
          {[...groups.entries()].map(([regionId, list], index) => (
            <section key={regionId} aria-labelledby={`due-region-${index}`} className="card">
              <h3 id={`due-region-${index}`}>{regionName(regionId, list[0]?.regionName ?? "")}</h3>
              <ul className="due-list">
                {list.map((task) => {
                  const overdue = task.dueOn < today;
                  return (
                    <li key={task.id} className={overdue ? "due-item due-item--overdue" : "due-item"}>
                      <Link to="/tasks/$taskId" params={{ taskId: task.id }} data-user-text="">
                        {task.title}
                      </Link>
                      <span className="due-meta">
                        {overdue && <span className="overdue-tag">{t("dashboard.dueTasks.overdue")}</span>}
                        <DueDate value={task.dueOn} />
                        {task.assigneeName !== null ? (
                          <span data-user-text="">{task.assigneeName}</span>
                        ) : (
                          <span>{t("tasks.unassigned")}</span>
                        )}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
