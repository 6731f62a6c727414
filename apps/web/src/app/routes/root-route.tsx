import { useQuery } from "@tanstack/react-query";
import { Outlet } from "@tanstack/react-router";
import { Layout } from "../../components/layout";
import { LoadError, Loading } from "../../components/query-state";
import { AccountMenu } from "../../features/auth/components/account-menu";
import { SignInPage } from "../../features/auth/components/sign-in-page";
import { useTRPC } from "../../lib/trpc";

/** Every page needs a signed-in user: signed out, any address shows the sign-in form in its place. */
export function RootRoute() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data ?? null;
  return (
    <Layout account={user && <AccountMenu user={user} />}>
      {me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <LoadError onRetry={() => void me.refetch()} />
      ) : user ? (
        <Outlet />
      ) : (
        <SignInPage />
      )}
    </Layout>
  );
}
