import { can, MAIL_STATUSES, type MailStatus } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { Forbidden } from "../../../components/forbidden";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { OutboxTable } from "./outbox-table";
import "../mail-outbox.css";

/** 送信メール: what Kyoso sent, what waits (or stays here without a mail server), and what failed. */
export function MailOutboxPage() {
  const me = useMe();
  return can(me, "user.manage") ? <Outbox /> : <Forbidden />;
}

function Outbox() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<MailStatus | "">("");
  const [message, setMessage] = useState("");
  const outbox = useQuery(trpc.mail.outbox.queryOptions(status ? { status } : {}));
  const retry = useMutation(
    trpc.mail.retry.mutationOptions({
      onSuccess: async () => {
        setMessage(t("mailOutbox.retried"));
        await queryClient.invalidateQueries(trpc.mail.outbox.pathFilter());
      },
    }),
  );
  const failure = retry.isError ? describeApiFailure(retry.error, t("form.networkError")) : null;

  return (
    <>
      <PageHeading title={t("mailOutbox.title")} />
      <p className="lead">{t("mailOutbox.introSmtp")}</p>
      <p>{t("mailOutbox.introOutbox")}</p>
      <div className="filters">
        <SelectField
          id="outbox-status"
          label={t("mailOutbox.filter")}
          value={status}
          onChange={(value) => setStatus(MAIL_STATUSES.find((s) => s === value) ?? "")}
          options={[
            { value: "", label: t("mailOutbox.all") },
            ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`mailOutbox.status.${s}`) })),
          ]}
        />
      </div>
      <div role="status" className={message ? "notice notice--success" : undefined}>
        {message}
      </div>
      <FormFailure failure={failure} />
      <ListState query={outbox} isEmpty={(rows) => rows.length === 0} empty={t("mailOutbox.empty")}>
        {(rows) => (
          <OutboxTable
            rows={rows}
            retrying={retry.isPending}
            onRetry={(id) => {
              setMessage("");
              retry.mutate({ id });
            }}
          />
        )}
      </ListState>
    </>
  );
}
