import { can, userUpdateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { toUserUpdateInput, userValuesOf } from "../lib/user-form";
import { UserForm } from "./user-form";

export function EditUserPage({ userId }: { userId: string }) {
  const me = useMe();
  return can(me, "user.manage") ? <EditUser userId={userId} /> : <Forbidden />;
}

function EditUser({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Remounting the form is how a reload after a conflict replaces the stale values.
  const [formKey, setFormKey] = useState(0);
  const users = useQuery(trpc.user.list.queryOptions());
  const regions = useQuery(trpc.region.list.queryOptions());
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: async (updated) => {
        // The next save must carry the new version at once, before any refetch lands.
        queryClient.setQueryData(trpc.user.list.queryKey(), (list) =>
          list?.map((u) => (u.id === updated.id ? updated : u)),
        );
        await queryClient.invalidateQueries(trpc.user.pathFilter());
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
    }),
  );

  const backLink = (
    <p className="breadcrumb">
      <Link to="/users">{t("users.back")}</Link>
    </p>
  );
  if (!isLoaded(users) || !isLoaded(regions)) {
    const both = {
      isPending: users.isPending || regions.isPending,
      isError: users.isError || regions.isError,
      data: undefined,
      refetch: () => Promise.all([users.refetch(), regions.refetch()]),
    };
    return <QueryFallback query={both} />;
  }
  const user = users.data.find((u) => u.id === userId);
  if (!user) {
    return (
      <>
        {backLink}
        <PageHeading title={t("users.notFound")} />
      </>
    );
  }

  const reload = async () => {
    await queryClient.invalidateQueries(trpc.user.pathFilter());
    update.reset();
    setFormKey((k) => k + 1);
  };

  return (
    <>
      {backLink}
      <PageHeading title={t("users.editTitle")} />
      <p className="lead">
        {user.displayName} ({user.email})
      </p>
      <UserForm
        key={formKey}
        form="edit-user"
        initialValues={userValuesOf(user)}
        regions={regions.data}
        withEmail={false}
        withStatus
        schema={userUpdateSchema}
        toInput={(values) => toUserUpdateInput(values, user)}
        onSubmit={(input) => update.mutate(input)}
        pending={update.isPending}
        labels={{
          submit: t("edition.save"),
          pending: t("edition.saving"),
          failed: t("edition.serverErrorTitle"),
        }}
        failure={update.isError ? describeApiFailure(update.error, t("edition.networkError")) : null}
        success={update.isSuccess && <p>{t("users.saved")}</p>}
        onReload={() => void reload()}
      />
    </>
  );
}
