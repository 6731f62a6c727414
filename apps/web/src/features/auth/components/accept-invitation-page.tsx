import { acceptInvitationSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldFrame } from "../../../components/form-field";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import { sessionExpiry } from "../../../lib/session-expiry";
import { useTRPC } from "../../../lib/trpc";

type Field = "password" | "confirm";
const fieldId = (name: Field) => `invitation-${name}`;

/** Opened from a one-time link, signed out: the invited person sets a password and is signed in. */
export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState({ password: "", confirm: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: async () => {
        sessionExpiry.clear();
        // The browser may have held someone else's session: nothing of theirs may stay.
        await queryClient.resetQueries();
        await navigate({ to: "/" });
      },
    }),
  );
  const failure = accept.isError ? describeApiFailure(accept.error, t("edition.networkError")) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (accept.isPending) return;
    const found: Partial<Record<Field, string[]>> = {};
    const parsed = acceptInvitationSchema.safeParse({ token, password: values.password });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A malformed token is the link's fault, not the password's: the server's answer covers it.
        if (issue.path[0] === "password") found.password = [...(found.password ?? []), issue.message];
      }
    }
    if (values.confirm !== values.password) found.confirm = [t("invitation.mismatch")];
    setErrors(found);
    const first = (["password", "confirm"] as const).find((name) => found[name]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    accept.mutate({ token, password: values.password });
  };

  const field = (name: Field, hint: string) => (
    <FieldFrame id={fieldId(name)} label={t(`invitation.${name}`)} required hint={hint} errors={errors[name]}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(name)}
          name={name}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
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
      <PageHeading title={t("invitation.title")} />
      <p className="lead">{t("invitation.intro")}</p>
      <form className="form card" noValidate onSubmit={submit}>
        <div role="alert" className={failure ? "notice notice--error" : undefined}>
          {failure && (
            <>
              <p className="notice-title">{t("invitation.failedTitle")}</p>
              <p>{failure.message}</p>
            </>
          )}
        </div>
        {field("password", t("invitation.passwordHint"))}
        {field("confirm", t("invitation.confirmHint"))}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={accept.isPending || undefined}>
            {accept.isPending ? t("invitation.submitting") : t("invitation.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
