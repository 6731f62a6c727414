import { changeEmailSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { AccountSubmit, CurrentPasswordField } from "./account-form-parts";

const empty = { newEmail: "", currentPassword: "" };

/** The address changes only once the link mailed to the new address is opened. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState("");
  const sf = useSchemaForm({ schema: changeEmailSchema, defaultValues: empty });
  const request = useMutation(
    trpc.account.requestEmailChange.mutationOptions({
      onSuccess: (result) => {
        sf.form.reset(empty);
        setSentTo(result.sentTo);
      },
    }),
  );
  const failure = request.isError ? describeApiFailure(request.error, t("form.networkError")) : null;

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (request.isPending) return;
        setSentTo("");
        request.mutate(input);
      }}
      className="form card"
      aria-labelledby="email-heading"
    >
      <p>{t("account.email.currentAddress", { email: currentEmail })}</p>
      <div role="status" className={sentTo ? "notice notice--success" : undefined}>
        {sentTo && t("account.email.sent", { email: sentTo })}
      </div>
      <FormFailure failure={failure} />
      <FormText
        id="email-new"
        name="newEmail"
        type="email"
        autoComplete="email"
        label={t("account.email.next")}
        hint={t("account.email.nextHint")}
        required
      />
      <CurrentPasswordField id="email-password" />
      <AccountSubmit
        pending={request.isPending}
        label={t("account.email.submit")}
        pendingLabel={t("account.email.submitting")}
      />
    </SchemaForm>
  );
}
