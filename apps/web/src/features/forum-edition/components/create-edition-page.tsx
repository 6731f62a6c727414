import { forumEditionCreateSchema, INITIAL_STAGES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure, isForbidden, isNotFound } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { emptyValues, toCreateInput } from "../lib/form-values";
import { EditionForm } from "./edition-form";

export function CreateEditionPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const region = useQuery(trpc.region.bySlug.queryOptions({ slug }));
  const create = useMutation(
    trpc.forumEdition.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.region.pathFilter()),
    }),
  );

  if (region.isError && isNotFound(region.error)) return <NotFound kind="region" />;
  if (region.isError && isForbidden(region.error)) return <Forbidden />;
  if (!isLoaded(region)) return <QueryFallback query={region} />;

  const { id: regionId, editions } = region.data;
  const name = locale === "en" ? region.data.nameEn : region.data.nameJa;
  const nextYear = Math.max(new Date().getFullYear(), ...editions.map((e) => e.year + 1));
  const backLink = (
    <Link to="/regions/$slug" params={{ slug }}>
      {t("edition.backToRegion", { region: name })}
    </Link>
  );

  return (
    <>
      <p className="breadcrumb">{backLink}</p>
      <PageHeading title={t("edition.createTitle", { region: name })} />
      <EditionForm
        mode="create"
        initialValues={emptyValues(nextYear)}
        stageOptions={INITIAL_STAGES}
        schema={forumEditionCreateSchema}
        toInput={(values) => toCreateInput(values, regionId)}
        onSubmit={(input) => create.mutate(input)}
        pending={create.isPending}
        failure={create.isError ? describeApiFailure(create.error, t("edition.networkError")) : null}
        success={
          create.isSuccess && (
            <p>
              {t("edition.created")} {backLink}
            </p>
          )
        }
      />
    </>
  );
}
