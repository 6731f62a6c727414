import { can, type EditionMilestone } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import { MilestoneStatusBadge } from "../../../components/milestone-status";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { MilestoneRowForm } from "./milestone-row-form";

/** Milestones another call already brought, and when: the list shows them at once and refetches only when stale. */
export interface InitialMilestones {
  data: EditionMilestone[];
  updatedAt: number;
}

interface Props {
  editionId: string;
  regionId: string;
  initial?: InitialMilestones;
}

/** The current forum's milestones with their status; those who may edit the forum shift them or mark them done. */
export function EditionMilestones({ editionId, regionId, initial }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const me = useMe();
  const milestones = useQuery({
    ...trpc.milestone.forEdition.queryOptions({ editionId }),
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
  });
  const canWrite = can(me, "edition.write", { regionId, editionId });

  return (
    <section aria-labelledby="milestones-heading" className="section">
      <h2 id="milestones-heading">{t("milestones.heading")}</h2>
      <p>{t("milestones.intro")}</p>
      <ListState query={milestones}>
        {(data) => (
          <>
            {data.every((m) => m.dueOn === null) && <p className="muted">{t("milestones.noDate")}</p>}
            <div className="table-scroll">
              <table className="data-table data-table--cards compact">
                <caption className="visually-hidden">{t("milestones.caption")}</caption>
                <thead>
                  <tr>
                    {(["step", "due", "status"] as const).map((key) => (
                      <th key={key} scope="col" className="plain-th">
                        {t(`milestones.column.${key}`)}
                      </th>
                    ))}
                    {canWrite && (
                      <th scope="col" className="plain-th">
                        {t("milestones.column.actions")}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {data.map((m) => {
                    const label = dates.locale === "en" ? m.labelEn : m.labelJa;
                    return (
                      <tr key={m.key}>
                        <th scope="row">{label}</th>
                        <td data-label={t("milestones.column.due")}>
                          {m.dueOn ? <DueDate value={m.dueOn} /> : t("common.undecided")}
                        </td>
                        <td data-label={t("milestones.column.status")}>
                          <MilestoneStatusBadge status={m.status} />
                          {m.doneOn && (
                            <span className="small muted done-on">
                              {t("milestones.doneOn", { date: dates.date(m.doneOn) })}
                            </span>
                          )}
                        </td>
                        {canWrite && (
                          <td>
                            <MilestoneRowForm editionId={editionId} milestone={m} label={label} />
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </ListState>
    </section>
  );
}
