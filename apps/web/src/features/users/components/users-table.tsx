import type { RegionSummary, UserProfile } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";
import { statusOf } from "../lib/user-form";

interface Props {
  users: UserProfile[];
  regions: RegionSummary[];
  onReissue: (user: UserProfile) => void;
  reissuing: boolean;
  onIssueReset: (user: UserProfile) => void;
}

export function UsersTable({ users, regions, onReissue, reissuing, onIssueReset }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const regionNames = useMemo(
    () => new Map(regions.map((r) => [r.id, locale === "en" ? r.nameEn : r.nameJa])),
    [regions, locale],
  );
  // A partner's scope is their forum's region; the others list the regions they work in.
  const regionsOf = (user: UserProfile) =>
    (user.role === "partner" ? [user.partnerRegionId] : user.regionIds)
      .flatMap((id) => (id && regionNames.has(id) ? [regionNames.get(id)] : []))
      .join(t("common.listSeparator")) || t("common.none");

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("users.tableCaption")}</caption>
        <thead>
          <tr>
            {(["name", "email", "role", "regions", "status", "actions"] as const).map((key) => (
              <th key={key} scope="col" className="plain-th">
                {t(`users.column.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const status = statusOf(user);
            return (
              <tr key={user.id}>
                <th scope="row" className="row-th">
                  {user.displayName}
                </th>
                <td>{user.email}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>{regionsOf(user)}</td>
                <td>
                  <span className={`status status--${status}`}>{t(`users.status.${status}`)}</span>
                </td>
                <td>
                  <div className="row-actions">
                    <Link
                      to="/users/$userId"
                      params={{ userId: user.id }}
                      aria-label={t("users.editFor", { name: user.displayName })}
                    >
                      {t("users.edit")}
                    </Link>
                    {status === "invited" && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t("users.reissueFor", { name: user.displayName })}
                        aria-disabled={reissuing || undefined}
                        onClick={() => !reissuing && onReissue(user)}
                      >
                        {t("users.reissue")}
                      </button>
                    )}
                    {status === "active" && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-disabled={reissuing || undefined}
                        onClick={() => !reissuing && onIssueReset(user)}
                      >
                        {t("userReset.issue")}
                        <span className="visually-hidden">
                          {t("userReset.issueWhich", { name: user.displayName })}
                        </span>
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
