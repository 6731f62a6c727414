import { AGREEMENT_STATUSES } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import type { RouterOutputs } from "../../../lib/api-types";

type History = RouterOutputs["agreement"]["byId"]["history"];

/** Every change of the talks, oldest first as the API sends them: who, when, what and why. */
export function HistoryTable({ history }: { history: History }) {
  const { t } = useTranslation();
  const label = (value: string) => {
    const status = AGREEMENT_STATUSES.find((s) => s === value);
    return status ? t(`agreementStatus.${status}`) : value;
  };
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("cohosts.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="plain-th">
              {t("cohosts.history.occurredOn")}
            </th>
            <th scope="col" className="plain-th">
              {t("cohosts.history.change")}
            </th>
            <th scope="col" className="plain-th">
              {t("cohosts.history.note")}
            </th>
            <th scope="col" className="plain-th">
              {t("cohosts.history.actor")}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.id}>
              <td>
                <DateText value={h.occurredOn} />
              </td>
              <td>
                {h.fromStatus
                  ? t("cohosts.history.move", {
                      from: label(h.fromStatus),
                      to: label(h.toStatus),
                    })
                  : t("cohosts.history.start", { to: label(h.toStatus) })}
              </td>
              <td className="pre-line">{h.note ?? t("common.none")}</td>
              <td>{h.actorName ?? t("common.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
