import { resetPasswordSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { sessionExpiry } from "../../../lib/session-expiry";
import { useTRPC } from "../../../lib/trpc";

interface Values {
  password: string;
  confirm: string;
}

/** Opened from a reset link, signed out: the person sets a new password and is signed in. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sf = useSchemaForm<Values, typeof resetPasswordSchema>({
    schema: resetPasswordSchema,
    defaultValues: { password: "", confirm: "" },
    toInput: (values) => ({ token, password: values.password }),
    check: (values): FieldErrors =>
      values.confirm !== values.password ? { confirm: [t("reset.mismatch")] } : {},
    // A malformed token is the link's fault: its message shows at the first field.
    fieldOf: (path) => (path === "token" ? "password" : path),
  });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async () => {
        sessionExpiry.clear();
        // The browser may have held someone else's session: nothing of theirs may stay.
        await queryClient.resetQueries();
        await navigate({ to: "/" });
      },
    }),
  );
  const failure = reset.isError ? describeApiFailure(reset.error, t("edition.networkError")) : null;

  return (
    <div className="sign-in">
      <PageHeading title={t("reset.title")} />
      <p className="lead">{t("reset.intro")}</p>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (!reset.isPending) reset.mutate(input);
        }}
        className="form card"
      >
        <div role="alert" className={failure ? "notice notice--error" : undefined}>
          {failure && (
            <>
              <p className="notice-title">{t("reset.failedTitle")}</p>
              <p>{failure.message}</p>
            </>
          )}
        </div>
        <FormText
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("reset.password")}
          hint={t("reset.passwordHint")}
          required
        />
        <FormText
          id="reset-confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          label={t("reset.confirm")}
          hint={t("reset.confirmHint")}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={reset.isPending || undefined}>
            {reset.isPending ? t("reset.submitting") : t("reset.submit")}
          </button>
        </div>
      </SchemaForm>
    </div>
  );
}
