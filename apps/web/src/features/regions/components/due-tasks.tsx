import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import type { RouterOutputs } from "../../../lib/api-types";

type DueTask = NonNullable<RouterOutputs["overview"]["get"]["dueTasks"]>[number];

/** Open tasks due this week or already overdue, grouped by region: for the national team. */
export function DueTasks({ tasks, today }: { tasks: DueTask[]; today: string }) {
  const { t } = useTranslation();
  const groups = new Map<string, DueTask[]>();
  for (const task of tasks) groups.set(task.regionName, [...(groups.get(task.regionName) ?? []), task]);

  return (
    <section aria-labelledby="due-tasks-heading" className="section">
      <h2 id="due-tasks-heading">{t("dashboard.dueTasks.heading")}</h2>
      {tasks.length === 0 ? (
        <p className="empty">{t("dashboard.dueTasks.empty")}</p>
      ) : (
        <div className="due-groups">
          {[...groups.entries()].map(([regionName, list], index) => (
            <section key={regionName} aria-labelledby={`due-region-${index}`} className="card">
              <h3 id={`due-region-${index}`}>{regionName}</h3>
              <ul className="due-list">
                {list.map((task) => {
                  const overdue = task.dueOn < today;
                  return (
                    <li key={task.id} className={overdue ? "due-item due-item--overdue" : "due-item"}>
                      <Link to="/tasks/$taskId" params={{ taskId: task.id }}>
                        {task.title}
                      </Link>
                      <span className="due-meta">
                        {overdue && <span className="overdue-tag">{t("dashboard.dueTasks.overdue")}</span>}
                        <DueDate value={task.dueOn} />
                        <span>{task.assigneeName ?? t("tasks.unassigned")}</span>
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
