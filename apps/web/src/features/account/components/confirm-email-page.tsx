import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/** Opened from the link mailed to a new address: one button confirms it (the link itself is the proof). */
export function ConfirmEmailPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const confirm = useMutation(
    trpc.auth.confirmEmailChange.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  const failure = confirm.isError ? describeApiFailure(confirm.error, t("edition.networkError")) : null;

  return (
    <div className="sign-in">
      <PageHeading title={t("emailConfirm.title")} />
      <div role="status" className={confirm.isSuccess ? "notice notice--success" : undefined}>
        {confirm.data && t("emailConfirm.done", { email: confirm.data.email })}
      </div>
      <div role="alert" className={failure ? "notice notice--error" : undefined}>
        {failure && (
          <>
            <p className="notice-title">{t("emailConfirm.failedTitle")}</p>
            <p>{failure.message}</p>
          </>
        )}
      </div>
      {!confirm.isSuccess && (
        <>
          <p className="lead">{t("emailConfirm.intro")}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              aria-disabled={confirm.isPending || undefined}
              onClick={() => !confirm.isPending && confirm.mutate({ token })}
            >
              {confirm.isPending ? t("emailConfirm.confirming") : t("emailConfirm.submit")}
            </button>
          </div>
        </>
      )}
      <p>
        <Link to="/">{t("emailConfirm.toTop")}</Link>
      </p>
    </div>
  );
}
