import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import { MilestoneStatusBadge } from "../../../components/milestone-status";
import { VenueFullBadge } from "../../../components/venue-full-badge";
import { toLanguage } from "../../../i18n/index";
import type { RouterOutputs } from "../../../lib/api-types";

type Overview = RouterOutputs["overview"]["get"];

/**
 * Current editions (rows) against the template's steps (columns): status as icon, word and colour. A forum whose
 * venue is full says so beside its region: from then on it takes online registrations only.
 */
export function MilestoneMatrix({ template, regions }: Pick<Overview, "template" | "regions">) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const rows = regions.filter((r) => r.edition !== null);

  return (
    <section aria-labelledby="matrix-heading" className="section">
      <h2 id="matrix-heading">{t("dashboard.matrix.heading")}</h2>
      <p>{t("dashboard.matrix.intro")}</p>
      {rows.length === 0 ? (
        <p className="empty">{t("dashboard.matrix.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--cards matrix">
            <caption className="visually-hidden">{t("dashboard.matrix.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="plain-th">
                  {t("dashboard.matrix.region")}
                </th>
                {template.map((item) => (
                  <th key={item.key} scope="col" className="plain-th">
                    {locale === "en" ? item.labelEn : item.labelJa}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((region) => (
                <tr key={region.regionId}>
                  <th scope="row">
                    <Link to="/regions/$slug" params={{ slug: region.slug }}>
                      {locale === "en" ? region.nameEn : region.nameJa}
                    </Link>
                    {region.edition?.venueFullFrom && (
                      <span className="venue-full-mark">
                        <VenueFullBadge from={region.edition.venueFullFrom} compact />
                      </span>
                    )}
                  </th>
                  {template.map((item) => {
                    const milestone = region.edition?.milestones.find((m) => m.key === item.key);
                    return (
                      <td key={item.key} data-label={locale === "en" ? item.labelEn : item.labelJa}>
                        <MilestoneStatusBadge status={milestone?.status ?? null} />
                        {milestone?.dueOn && (
                          <span className="matrix-date small">
                            <DueDate value={milestone.dueOn} />
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
