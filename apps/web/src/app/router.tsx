import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { NotFound } from "../components/not-found";
import { parseAuditSearch } from "../features/audit/lib/audit-search";
import { AuditRoute, EditUserRoute, InviteRoute, UsersRoute } from "./routes/admin-routes";
import { CreateEditionRoute, EditEditionRoute } from "./routes/edition-routes";
import { OverviewRoute } from "./routes/overview-route";
import { RegionRoute } from "./routes/region-route";
import { RootRoute, SignedInRoute } from "./routes/root-route";

const rootRoute = createRootRoute({
  component: RootRoute,
  notFoundComponent: () => <NotFound />,
});

// Everything but the invitation page sits behind the sign-in gate.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_signedIn",
  component: SignedInRoute,
});

const overviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/",
  component: OverviewRoute,
});

export const regionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug",
  component: RegionRoute,
});

export const createEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/new",
  component: CreateEditionRoute,
});

export const editEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/$editionId/edit",
  component: EditEditionRoute,
});

const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users",
  component: UsersRoute,
});

const editUserRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users/$userId",
  component: EditUserRoute,
});

const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/audit",
  validateSearch: parseAuditSearch,
  component: AuditRoute,
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: InviteRoute,
});

const routeTree = rootRoute.addChildren([
  signedInRoute.addChildren([
    overviewRoute,
    regionRoute,
    createEditionRoute,
    editEditionRoute,
    usersRoute,
    editUserRoute,
    auditRoute,
  ]),
  inviteRoute,
]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
