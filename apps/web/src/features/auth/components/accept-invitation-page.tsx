import { acceptInvitationSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormControl } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FieldFrame } from "../../../components/form-field";
import { PageHeading } from "../../../components/page-heading";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { sessionExpiry } from "../../../lib/session-expiry";
import { useTRPC } from "../../../lib/trpc";

type Field = "password" | "confirm";
const fieldId = (name: Field) => `invitation-${name}`;
// A malformed token is the link's fault, not the password's: the server's answer covers it.
const passwordSchema = acceptInvitationSchema.pick({ password: true });

/** Opened from a one-time link, signed out: the invited person sets a password and is signed in. */
export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sf = useSchemaForm({
    schema: passwordSchema,
    defaultValues: { password: "", confirm: "" },
    toInput: (values: Record<Field, string>) => ({ password: values.password }),
    check: (values): FieldErrors =>
      values.confirm !== values.password ? { confirm: [t("invitation.mismatch")] } : {},
  });
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

  const field = (name: Field, hint: string) => (
    <FormControl<string>
      name={name}
      render={({ value, onChange, messages }) => (
        <FieldFrame
          id={fieldId(name)}
          label={t(`invitation.${name}`)}
          required
          hint={hint}
          errors={messages()}
        >
          {(describedBy, invalid) => (
            <input
              id={fieldId(name)}
              name={name}
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
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
      <PageHeading title={t("invitation.title")} />
      <p className="lead">{t("invitation.intro")}</p>
      <SchemaForm
        form={sf}
        onValid={({ password }) => {
          if (accept.isPending) return;
          accept.mutate({ token, password });
        }}
        className="form card"
      >
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
      </SchemaForm>
    </div>
  );
}
