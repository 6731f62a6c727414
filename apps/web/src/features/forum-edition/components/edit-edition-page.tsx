import { allowedNextStages, forumEditionUpdateSchema, STAGES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure, isForbidden, isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { toUpdateInput, valuesOf } from "../lib/form-values";
import { EditionForm } from "./edition-form";

export function EditEditionPage({ slug, editionId }: { slug: string; editionId: string }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Remounting the form is how a reload after a conflict replaces the user's stale values.
  const [formKey, setFormKey] = useState(0);
  const region = useQuery(trpc.region.bySlug.queryOptions({ slug }));
  const edition = useQuery(trpc.forumEdition.byId.queryOptions({ id: editionId }));
  const update = useMutation(
    trpc.forumEdition.update.mutationOptions({
      onSuccess: async (updated) => {
        // The next save must carry the new version at once, before any refetch lands.
        queryClient.setQueryData(trpc.forumEdition.byId.queryKey({ id: editionId }), updated);
        await queryClient.invalidateQueries(trpc.region.pathFilter());
      },
    }),
  );

  if (isMissing(region.error) || isMissing(edition.error)) return <NotFound kind="region" />;
  if (isForbidden(region.error) || isForbidden(edition.error)) return <Forbidden />;
  if (!isLoaded(region) || !isLoaded(edition)) {
    const both = {
      isPending: region.isPending || edition.isPending,
      isError: region.isError || edition.isError,
      data: undefined,
      refetch: () => Promise.all([region.refetch(), edition.refetch()]),
    };
    return <QueryFallback query={both} />;
  }

  const current = edition.data;
  const allowed = allowedNextStages(current.stage);
  const stageOptions = STAGES.filter((s) => s === current.stage || allowed.includes(s));
  const name = locale === "en" ? region.data.nameEn : region.data.nameJa;

  const reload = async () => {
    await queryClient.invalidateQueries(trpc.forumEdition.pathFilter());
    await edition.refetch();
    update.reset();
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug" params={{ slug }}>
          {t("edition.backToRegion", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("edition.editTitle")} />
      <p className="lead">{current.title}</p>
      <EditionForm
        key={formKey}
        mode="edit"
        initialValues={valuesOf(current)}
        stageOptions={stageOptions}
        schema={forumEditionUpdateSchema}
        toInput={(values) => toUpdateInput(values, current.id, current.version)}
        onSubmit={(input) => update.mutate(input)}
        pending={update.isPending}
        failure={update.isError ? describeApiFailure(update.error, t("edition.networkError")) : null}
        success={update.isSuccess && <p>{t("edition.saved")}</p>}
        onReload={() => void reload()}
      />
    </>
  );
}
