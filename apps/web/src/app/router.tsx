import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { NotFound } from "../components/not-found";
import { CreateEditionRoute, EditEditionRoute } from "./routes/edition-routes";
import { OverviewRoute } from "./routes/overview-route";
import { RegionRoute } from "./routes/region-route";
import { RootRoute } from "./routes/root-route";

const rootRoute = createRootRoute({
  component: RootRoute,
  notFoundComponent: () => <NotFound />,
});

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: OverviewRoute });

export const regionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/regions/$slug",
  component: RegionRoute,
});

export const createEditionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/regions/$slug/editions/new",
  component: CreateEditionRoute,
});

export const editEditionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/regions/$slug/editions/$editionId/edit",
  component: EditEditionRoute,
});

const routeTree = rootRoute.addChildren([overviewRoute, regionRoute, createEditionRoute, editEditionRoute]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
