import { signInSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
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
  const [values, setValues] = useState({ email: "", password: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) {
      const found: Partial<Record<Field, string[]>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === "password" ? "password" : "email";
        found[key] = [...(found[key] ?? []), issue.message];
      }
      setErrors(found);
      document.getElementById(found.email ? "sign-in-email" : "sign-in-password")?.focus();
      return;
    }
    setErrors({});
    signIn.mutate(parsed.data);
  };

  const field = (name: Field, type: "email" | "password", autoComplete: string) => (
    <FieldFrame id={`sign-in-${name}`} label={t(`auth.${name}`)} required errors={errors[name]}>
      {(describedBy, invalid) => (
        <input
          id={`sign-in-${name}`}
          name={name}
          type={type}
          autoComplete={autoComplete}
          required
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
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
      <form className="form card" noValidate onSubmit={submit}>
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
      </form>
      <p>
        <Link to="/forgot-password">{t("forgot.link")}</Link>
      </p>
    </div>
  );
}
