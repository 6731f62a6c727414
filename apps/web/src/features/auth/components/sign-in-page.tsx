import { signInSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormControl } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FieldFrame } from "../../../components/form-field";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import { sessionExpiry, useSessionExpired } from "../../../lib/session-expiry";
import { useTRPC } from "../../../lib/trpc";

type Field = "email" | "password";

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    // Anything not about the password is said beside the email.
    fieldOf: (path): Field => (path === "password" ? "password" : "email"),
  });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      // Everything cached so far was fetched signed out.
      onSuccess: () => {
        sessionExpiry.clear();
        return queryClient.invalidateQueries();
      },
    }),
  );
  const expired = useSessionExpired();
  const failure = signIn.isError ? describeApiFailure(signIn.error, t("edition.networkError")) : null;

  const field = (name: Field, type: "email" | "password", autoComplete: string) => (
    <FormControl<string>
      name={name}
      render={({ value, onChange, messages }) => (
        <FieldFrame id={`sign-in-${name}`} label={t(`auth.${name}`)} required errors={messages()}>
          {(describedBy, invalid) => (
            <input
              id={`sign-in-${name}`}
              name={name}
              type={type}
              autoComplete={autoComplete}
              required
              value={value}
              onChange={(e) => onChange(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldFrame>
      )}
    />
  );

  return (
    <div className="sign-in">
      <PageHeading title={t("auth.signInTitle")} />
      {expired && (
        <p className="notice notice--info" role="status">
          {t("auth.sessionExpired")}
        </p>
      )}
      <p className="lead">{t("auth.intro")}</p>
      <SchemaForm
        form={sf}
        onValid={(input) => {
          if (signIn.isPending) return;
          signIn.mutate(input);
        }}
        className="form card"
      >
        <div role="alert" className={failure ? "notice notice--error" : undefined}>
          {failure && (
            <>
              <p className="notice-title">
                {t(failure.code === "TOO_MANY_REQUESTS" ? "auth.tooManyTitle" : "auth.failedTitle")}
              </p>
              <p>{failure.message}</p>
            </>
          )}
        </div>
        {field("email", "email", "username")}
        {field("password", "password", "current-password")}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
            {signIn.isPending ? t("auth.signingIn") : t("auth.signIn")}
          </button>
        </div>
      </SchemaForm>
      <p>
        <Link to="/forgot-password">{t("forgot.link")}</Link>
      </p>
    </div>
  );
}
