import { useQuery } from "@tanstack/react-query";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { Layout } from "../../components/layout";
import { LoadError, Loading } from "../../components/query-state";
import { AccountMenu } from "../../features/auth/components/account-menu";
import { NotificationBadge } from "../../features/notifications/components/notification-badge";
import { useTRPC } from "../../lib/trpc";

// Signed in (the usual case) the sign-in form is never drawn: its form library loads only when it is needed.
const LazySignInPage = lazy(() =>
  import("../../features/auth/components/sign-in-page").then((m) => ({ default: m.SignInPage })),
);

function SignInPage() {
  return (
    <Suspense fallback={<Loading />}>
      <LazySignInPage />
    </Suspense>
  );
}

/**
 * Print views stand alone: a document, not a screen (no dashboard header). The public survey answer page
 * (/answer/<token>) is not part of this app: the server renders it (apps/server/src/public/answer).
 */
export function RootRoute() {
  const bare = useRouterState({
    select: (s) => s.matches.some((m) => m.routeId === "/_print"),
  });
  return bare ? <Outlet /> : <DashboardFrame />;
}

/** The frame of every dashboard page, signed in or not (an invitation link is opened signed out). */
function DashboardFrame() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data ?? null;
  return (
    <Layout
      user={user}
      account={
        user && (
          <>
            <NotificationBadge />
            <AccountMenu user={user} />
          </>
        )
      }
    >
      <Outlet />
    </Layout>
  );
}

/** Every dashboard page needs a signed-in user: signed out, any address shows the sign-in form in its place. */
export function SignedInRoute() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  return me.data ? <Outlet /> : <SignInPage />;
}

/** The print views' gate: signed in, the document; signed out, the sign-in form (the documents are not public). */
export function PrintGateRoute() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  return (
    <main id="main" tabIndex={-1} className="print-main">
      {me.data ? (
        <Outlet />
      ) : me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <LoadError onRetry={() => void me.refetch()} />
      ) : (
        <div className="container">
          <SignInPage />
        </div>
      )}
    </main>
  );
}
