import { changePasswordSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { AccountSubmit, CurrentPasswordField } from "./account-form-parts";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const empty: Values = { currentPassword: "", newPassword: "", confirm: "" };

/** Needs the current password; the other devices are signed out when it changes. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState("");
  const sf = useSchemaForm<Values, typeof changePasswordSchema>({
    schema: changePasswordSchema,
    defaultValues: empty,
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    check: (values): FieldErrors =>
      values.confirm !== values.newPassword ? { confirm: [t("account.password.mismatch")] } : {},
  });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: async (result) => {
        sf.form.reset(empty);
        setDone(
          result.endedSessions === 0
            ? t("account.password.doneAlone")
            : t("account.password.done", { count: result.endedSessions }),
        );
        await queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
      },
    }),
  );
  const failure = change.isError ? describeApiFailure(change.error, t("form.networkError")) : null;

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (change.isPending) return;
        setDone("");
        change.mutate(input);
      }}
      className="form card"
      aria-labelledby="password-heading"
    >
      <div role="status" className={done ? "notice notice--success" : undefined}>
        {done}
      </div>
      <FormFailure failure={failure} />
      <CurrentPasswordField id="password-current" />
      <FormText
        id="password-new"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("account.password.next")}
        hint={t("account.password.nextHint")}
        required
      />
      <FormText
        id="password-confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        label={t("account.password.confirm")}
        hint={t("account.password.confirmHint")}
        required
      />
      <AccountSubmit
        pending={change.isPending}
        label={t("account.password.submit")}
        pendingLabel={t("account.password.submitting")}
      />
    </SchemaForm>
  );
}
