import { can, userInviteSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { describeApiFailure, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { emptyUserValues, toInviteInput } from "../lib/user-form";
import { InvitationLink, type IssuedInvitation } from "./invitation-link";
import { UserForm } from "./user-form";
import { UsersTable } from "./users-table";

export function UsersPage() {
  const me = useMe();
  return can(me, "user.manage") ? <ManageUsers /> : <Forbidden />;
}

function ManageUsers() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.user.list.queryOptions());
  // The invite form offers active regions; the table names every region, archived ones too.
  const regions = useQuery(trpc.region.list.queryOptions());
  const allRegions = useQuery(trpc.region.manageList.queryOptions());
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  // A fresh, empty invite form after each invitation.
  const [formKey, setFormKey] = useState(0);
  const afterIssue = async (result: Omit<IssuedInvitation, "name"> & { user: { displayName: string } }) => {
    setIssued({
      name: result.user.displayName,
      invitationUrl: result.invitationUrl,
      expiresAt: result.expiresAt,
    });
    await queryClient.invalidateQueries(trpc.user.pathFilter());
    await queryClient.invalidateQueries(trpc.audit.pathFilter());
  };
  const invite = useMutation(
    trpc.user.invite.mutationOptions({
      onSuccess: async (result) => {
        setFormKey((k) => k + 1);
        await afterIssue(result);
      },
    }),
  );
  const reissue = useMutation(
    trpc.user.reissueInvitation.mutationOptions({
      onSuccess: afterIssue,
    }),
  );
  const issueReset = useMutation(
    trpc.user.issuePasswordReset.mutationOptions({
      onSuccess: async (result) => {
        setIssued({
          name: result.user.displayName,
          invitationUrl: result.resetUrl,
          expiresAt: result.expiresAt,
          kind: "reset",
        });
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
    }),
  );
  const issueFailure = reissue.error ?? issueReset.error;

  return (
    <>
      <PageHeading title={t("users.title")} />
      <p className="lead">{t("users.intro")}</p>
      <p>
        <Link to="/mail">{t("mailOutbox.fromUsers")}</Link>
      </p>
      {issued && <InvitationLink issued={issued} />}
      {issueFailure && (
        <p className="notice notice--error" role="alert">
          {serverMessage(issueFailure) ?? t("edition.networkError")}
        </p>
      )}

      <section aria-labelledby="users-heading" className="section">
        <h2 id="users-heading">{t("users.listHeading")}</h2>
        <ListState
          query={{
            isPending: users.isPending || allRegions.isPending,
            isError: users.isError || allRegions.isError,
            data: users.data && allRegions.data ? { users: users.data, regions: allRegions.data } : undefined,
            refetch: () => Promise.all([users.refetch(), allRegions.refetch()]),
          }}
        >
          {(data) => (
            <UsersTable
              users={data.users}
              regions={data.regions}
              reissuing={reissue.isPending || issueReset.isPending}
              onReissue={(user) => {
                issueReset.reset();
                reissue.mutate({ id: user.id });
              }}
              onIssueReset={(user) => {
                reissue.reset();
                issueReset.mutate({ id: user.id });
              }}
            />
          )}
        </ListState>
      </section>

      <section aria-labelledby="invite-heading" className="section">
        <h2 id="invite-heading">{t("users.inviteHeading")}</h2>
        {regions.data && (
          <UserForm
            key={formKey}
            form="invite"
            initialValues={emptyUserValues()}
            regions={regions.data}
            withEmail
            withStatus={false}
            schema={userInviteSchema}
            toInput={(values) => toInviteInput(values)}
            onSubmit={(input) => invite.mutate(input)}
            pending={invite.isPending}
            labels={{
              submit: t("users.invite"),
              pending: t("users.inviting"),
              failed: t("users.inviteFailed"),
            }}
            failure={invite.isError ? describeApiFailure(invite.error, t("edition.networkError")) : null}
            success={null}
          />
        )}
      </section>
    </>
  );
}
