import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { ListState } from "../../../components/query-state";
import { useTRPC } from "../../../lib/trpc";
import { useRegionNames } from "../../../lib/use-region-names";

const DAY_OPTIONS = [14, 30, 60, 90] as const;

/** Open co-host talks that have not moved for a while, across regions: for the national team. */
export function StalledAgreements({ regionSlugs }: { regionSlugs: Map<string, string> }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [days, setDays] = useState<number>(30);
  const regionName = useRegionNames();
  const stalled = useQuery(trpc.agreement.stalled.queryOptions({ days }));

  return (
    <section aria-labelledby="stalled-heading" className="section">
      <h2 id="stalled-heading">{t("cohosts.stalled.heading")}</h2>
      <p>{t("cohosts.stalled.intro")}</p>
      <div className="field inline-field">
        <label htmlFor="stalled-days">{t("cohosts.stalled.days")}</label>
        <select id="stalled-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {DAY_OPTIONS.map((d) => (
            <option key={d} value={d}>
              {t("cohosts.stalled.daysOption", { days: d })}
            </option>
          ))}
        </select>
      </div>
      <ListState query={stalled} isEmpty={(data) => data.length === 0} empty={t("cohosts.stalled.empty")}>
        {(data) => (
          <div className="table-scroll">
            <table className="data-table data-table--cards">
              <caption className="visually-hidden">{t("cohosts.stalled.caption")}</caption>
              <thead>
                <tr>
                  {(["region", "organization", "role", "status", "since", "next"] as const).map((key) => (
                    <th key={key} scope="col" className="plain-th">
                      {t(`cohosts.stalled.column.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((a) => {
                  const slug = regionSlugs.get(a.regionId);
                  return (
                    <tr key={a.id}>
                      <td data-label={t("cohosts.stalled.column.region")}>
                        {regionName(a.regionId, a.regionName)}
                      </td>
                      <td data-label={t("cohosts.stalled.column.organization")}>
                        {slug ? (
                          <Link
                            to="/regions/$slug/cohosts/$agreementId"
                            params={{ slug, agreementId: a.id }}
                            data-user-text=""
                          >
                            {a.organizationName}
                          </Link>
                        ) : (
                          <span data-user-text="">{a.organizationName}</span>
                        )}
                      </td>
                      <td data-label={t("cohosts.stalled.column.role")}>{t(`agreementRole.${a.role}`)}</td>
                      <td data-label={t("cohosts.stalled.column.status")}>
                        <span className="tag">{t(`agreementStatus.${a.status}`)}</span>
                      </td>
                      <td data-label={t("cohosts.stalled.column.since")}>
                        <DateText value={a.statusChangedOn} />
                      </td>
                      <td data-label={t("cohosts.stalled.column.next")}>
                        {a.nextStep ? <span data-user-text="">{a.nextStep}</span> : t("common.none")}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </ListState>
    </section>
  );
}
