import type { FeedTokenInfo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/** The user's links: name, made, last used by a calendar app, and live or revoked (a list of cards, fine on a phone). */
export function LinksTable({
  links,
  onRevoked,
}: {
  links: FeedTokenInfo[];
  onRevoked: (id: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<FeedTokenInfo | null>(null);
  const [message, setMessage] = useState("");
  const revoke = useMutation(
    trpc.feedToken.revoke.mutationOptions({
      onSuccess: async (revoked) => {
        setRevoking(null);
        onRevoked(revoked.id);
        setMessage(t("calendarLinks.revoked", { label: revoked.label }));
        document.getElementById("calendar-list-heading")?.focus();
        await queryClient.invalidateQueries(trpc.feedToken.list.queryFilter());
      },
      onError: () => setRevoking(null),
    }),
  );
  const failure = revoke.isError ? describeApiFailure(revoke.error, t("form.networkError")) : null;

  return (
    <>
      <div role="status" className={message ? "notice notice--success" : undefined}>
        {message}
      </div>
      <FormFailure failure={failure} />
      {links.length === 0 ? (
        <p className="empty">{t("calendarLinks.empty")}</p>
      ) : (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.id} className="card link-item" aria-labelledby={`feed-link-${link.id}`}>
              <div className="link-item-head">
                <h3 id={`feed-link-${link.id}`}>{link.label}</h3>
                {link.revokedAt ? (
                  <span className="status status--disabled">{t("calendarLinks.status.revokedShort")}</span>
                ) : (
                  <span className="status status--active">{t("calendarLinks.status.active")}</span>
                )}
              </div>
              <dl className="facts link-facts">
                <div>
                  <dt>{t("calendarLinks.column.createdAt")}</dt>
                  <dd>{dates.dateTime(link.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t("calendarLinks.column.lastUsedAt")}</dt>
                  <dd>{link.lastUsedAt ? dates.dateTime(link.lastUsedAt) : t("calendarLinks.neverUsed")}</dd>
                </div>
                {link.revokedAt && (
                  <div>
                    <dt>{t("calendarLinks.column.revokedAt")}</dt>
                    <dd>{dates.dateTime(link.revokedAt)}</dd>
                  </div>
                )}
              </dl>
              {!link.revokedAt && (
                <button
                  type="button"
                  className="button button--danger-secondary button--small"
                  onClick={() => {
                    revoke.reset();
                    setMessage("");
                    setRevoking(link);
                  }}
                >
                  {t("calendarLinks.revoke")}
                  <span className="visually-hidden">
                    {t("calendarLinks.revokeWhich", { label: link.label })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        danger
        title={t("calendarLinks.revokeTitle")}
        confirmLabel={t("calendarLinks.revoke")}
        pending={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("calendarLinks.revokeBody", { label: revoking?.label ?? "" })}</p>
      </ConfirmDialog>
    </>
  );
}
