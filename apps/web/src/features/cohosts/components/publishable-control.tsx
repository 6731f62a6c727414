import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublishButton } from "../../../components/publish-button";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";

type Agreement = NonNullable<RouterOutputs["agreement"]["byId"]>;

/**
 * Whether the organization is named on the forum's public page. Shown there only while the agreement is also
 * 正式決定; marking it asks for confirmation saying so, taking it back is one click.
 */
export function PublishableControl({
  agreement: a,
  canWrite,
  slug,
}: {
  agreement: Agreement;
  canWrite: boolean;
  slug: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const set = useMutation(
    trpc.agreement.setPublishable.mutationOptions({
      onSuccess: (_data, input) => {
        setMessage(input.publishable ? t("cohostPublish.publishable") : t("cohostPublish.notPublishable"));
        return queryClient.invalidateQueries(trpc.agreement.pathFilter());
      },
      onError: (error) => setMessage(describeApiFailure(error, t("networkPages.networkError")).message),
    }),
  );
  const state = { on: t("cohostPublish.publishable"), off: t("cohostPublish.notPublishable") };
  if (!canWrite) return <span>{a.publishable ? state.on : state.off}</span>;
  return (
    <>
      <PublishButton
        title={a.organizationName}
        isPublic={a.publishable}
        pending={set.isPending}
        stateLabels={state}
        publishLabel={t("cohostPublish.on")}
        unpublishLabel={t("cohostPublish.off")}
        confirmTitle={t("cohostPublish.confirmTitle", { organization: a.organizationName })}
        confirmLabel={t("cohostPublish.confirm")}
        confirmBody={
          <>
            <p>{t("cohostPublish.confirmBody")}</p>
            <ul>
              <li>{t("publish.where.forumPage", { page: `/forums/${slug}` })}</li>
            </ul>
          </>
        }
        onChange={(publishable) => set.mutate({ id: a.id, version: a.version, publishable })}
      />
      <p className="field-hint">{t("cohostPublish.hint")}</p>
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </>
  );
}
