import { type NetworkPageUpdate, networkPageCreateSchema, networkPageUpdateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { FormCheckbox, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { Markdown } from "../../../components/markdown";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";

type Page = RouterOutputs["networkPage"]["list"][number];

interface Values {
  slug: string;
  title: string;
  body: string;
  position: string;
  published: boolean;
}

const blank = (): Values => ({ slug: "", title: "", body: "", position: "0", published: false });

/** The live preview of the body, as the public page will show it (markdown, no raw HTML). */
function Preview() {
  const { t } = useTranslation();
  const body = useWatch<Values, "body">({ name: "body" });
  return (
    <section className="card markdown-preview" aria-label={t("networkPages.preview")}>
      <p className="muted small">{t("networkPages.preview")}</p>
      <Markdown text={body ?? ""} />
    </section>
  );
}

/**
 * One page: edits it at its version, or (without a page) adds one. Saving a page that becomes published asks
 * first, naming where it will appear; taking it back is saved at once.
 */
export function NetworkPageForm({
  page,
  onReload,
  onDone,
}: {
  page?: Page;
  onReload?: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefix = page ? `network-page-${page.slug}` : "network-page-new";
  const sf = useSchemaForm({
    schema: page ? networkPageUpdateSchema : networkPageCreateSchema,
    defaultValues: page
      ? {
          slug: page.slug,
          title: page.title,
          body: page.body,
          position: String(page.position),
          published: page.published,
        }
      : blank(),
    toInput: (values: Values) => {
      const position = values.position.trim() === "" ? Number.NaN : Number(values.position);
      const { slug, ...rest } = values;
      return page ? { ...rest, position, id: page.id, version: page.version } : { ...values, position };
    },
  });
  const [saved, setSaved] = useState("");
  const [pendingInput, setPendingInput] = useState<unknown>(null);
  const onSuccess = () => queryClient.invalidateQueries(trpc.networkPage.pathFilter());
  const create = useMutation(trpc.networkPage.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.networkPage.update.mutationOptions({ onSuccess }));
  const mutation = page ? update : create;
  const failure = mutation.isError
    ? describeApiFailure(mutation.error, t("networkPages.networkError"))
    : null;

  const save = (input: unknown) => {
    setSaved("");
    const done = () => {
      setSaved(t("networkPages.saved"));
      if (!page) onDone?.();
    };
    if (page) update.mutate(input as NetworkPageUpdate, { onSuccess: done });
    else create.mutate(input as Parameters<typeof create.mutate>[0], { onSuccess: done });
  };

  return (
    <>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        className="card form"
        aria-label={page ? t("networkPages.edit", { title: page.title }) : t("networkPages.createTitle")}
        onValid={(input) => {
          if (mutation.isPending) return;
          const publishing = (input as { published: boolean }).published && !page?.published;
          if (publishing) setPendingInput(input);
          else save(input);
        }}
      >
        {!page && (
          <FormText
            id={`${prefix}-slug`}
            name="slug"
            label={t("networkPages.fields.slug")}
            hint={t("networkPages.hints.slug")}
            required
          />
        )}
        <FormText id={`${prefix}-title`} name="title" label={t("networkPages.fields.title")} required />
        <FormTextArea id={`${prefix}-body`} name="body" rows={12} label={t("networkPages.fields.body")} />
        <Preview />
        <FormText
          id={`${prefix}-position`}
          name="position"
          label={t("networkPages.fields.position")}
          hint={t("networkPages.hints.position")}
        />
        <FormCheckbox
          id={`${prefix}-published`}
          name="published"
          label={t("networkPages.fields.published")}
          hint={t("networkPages.hints.published")}
        />
        <FormFailure failure={failure} onReload={onReload} />
        <p role="status">{saved}</p>
        <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t("networkPages.saving") : t("networkPages.save")}
        </button>
      </SchemaForm>
      <ConfirmDialog
        open={pendingInput !== null}
        title={t("publish.confirmTitle", { title: sf.form.getValues("title") })}
        confirmLabel={t("publish.confirm")}
        pending={mutation.isPending}
        onConfirm={() => {
          const input = pendingInput;
          setPendingInput(null);
          save(input);
        }}
        onCancel={() => setPendingInput(null)}
      >
        <p>{t("publish.confirmBody")}</p>
        <ul>
          <li>{`/about/${sf.form.getValues("slug")}`}</li>
          <li>{t("publish.where.forumPage", { page: "/forums/…" })}</li>
          <li>{t("publish.where.forumsList")}</li>
        </ul>
      </ConfirmDialog>
    </>
  );
}
