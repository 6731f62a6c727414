import { forgotPasswordSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/**
 * "Forgot password", opened from the sign-in page: the server mails a one-time link. The answer is the same
 * whether or not the address has an account, so the page says "if it is registered".
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sf = useSchemaForm({ schema: forgotPasswordSchema, defaultValues: { email: "" } });
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: (_result, input) => setSentTo(input.email),
    }),
  );
  const failure = request.isError ? describeApiFailure(request.error, t("edition.networkError")) : null;

  return (
    <div className="sign-in">
      <PageHeading title={t("forgot.title")} />
      <div role="status" className={sentTo ? "notice notice--success" : undefined}>
        {sentTo && t("forgot.sent", { email: sentTo })}
      </div>
      {!sentTo && (
        <>
          <p className="lead">{t("forgot.intro")}</p>
          <SchemaForm
            form={sf}
            serverErrors={failure?.fieldErrors}
            onValid={(input) => {
              if (!request.isPending) request.mutate(input);
            }}
            className="form card"
          >
            <div role="alert" className={failure ? "notice notice--error" : undefined}>
              {failure && (
                <>
                  <p className="notice-title">{t("forgot.failedTitle")}</p>
                  <p>{failure.message}</p>
                </>
              )}
            </div>
            <FormText
              id="forgot-email"
              name="email"
              type="email"
              autoComplete="username"
              label={t("auth.email")}
              required
            />
            <div className="form-actions">
              <button type="submit" className="button" aria-disabled={request.isPending || undefined}>
                {request.isPending ? t("forgot.submitting") : t("forgot.submit")}
              </button>
            </div>
          </SchemaForm>
        </>
      )}
      <p>
        <Link to="/">{t("forgot.back")}</Link>
      </p>
    </div>
  );
}
