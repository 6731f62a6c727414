import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormFailure } from "../../../components/form-failure";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/** The devices signed in as me: this one marked, the others can be signed out one by one or all at once. */
export function SessionsList() {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const [message, setMessage] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSuccess: async () => {
        setMessage(t("account.sessions.ended"));
        await refresh();
      },
    }),
  );
  const endOthers = useMutation(
    trpc.account.endOtherSessions.mutationOptions({
      onSuccess: async (result) => {
        setMessage(t("account.sessions.endedOthers", { count: result.ended }));
        await refresh();
      },
    }),
  );
  const error = end.error ?? endOthers.error;
  const failure = error ? describeApiFailure(error, t("form.networkError")) : null;
  const device = (s: { browser: string | null; system: string | null }) =>
    s.browser || s.system
      ? t("account.sessions.device", { browser: s.browser ?? "?", system: s.system ?? "?" })
      : t("account.sessions.unknownDevice");

  return (
    <>
      <div role="status" className={message ? "notice notice--success" : undefined}>
        {message}
      </div>
      <FormFailure failure={failure} />
      <ListState query={sessions}>
        {(list) => (
          <>
            <ul className="link-list">
              {list.map((s) => (
                <li key={s.id} className="card link-item" aria-labelledby={`session-${s.id}`}>
                  <div className="link-item-head">
                    <h3 id={`session-${s.id}`}>{device(s)}</h3>
                    {s.current && (
                      <span className="status status--active">{t("account.sessions.current")}</span>
                    )}
                  </div>
                  <dl className="facts link-facts">
                    <div>
                      <dt>{t("account.sessions.createdAt")}</dt>
                      <dd>{dates.dateTime(s.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{t("account.sessions.lastSeenAt")}</dt>
                      <dd>{dates.dateTime(s.lastSeenAt)}</dd>
                    </div>
                  </dl>
                  {!s.current && (
                    <button
                      type="button"
                      className="button button--danger-secondary button--small"
                      aria-disabled={end.isPending || undefined}
                      onClick={() => {
                        if (end.isPending) return;
                        setMessage("");
                        endOthers.reset();
                        end.mutate({ id: s.id });
                      }}
                    >
                      {t("account.sessions.end")}
                      <span className="visually-hidden">
                        {t("account.sessions.endWhich", {
                          device: device(s),
                          date: dates.dateTime(s.createdAt),
                        })}
                      </span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {list.some((s) => !s.current) ? (
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={endOthers.isPending || undefined}
                  onClick={() => {
                    if (endOthers.isPending) return;
                    setMessage("");
                    end.reset();
                    endOthers.mutate();
                  }}
                >
                  {t("account.sessions.endOthers")}
                </button>
              </div>
            ) : (
              <p className="muted">{t("account.sessions.onlyThis")}</p>
            )}
          </>
        )}
      </ListState>
    </>
  );
}
