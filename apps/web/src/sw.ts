/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";

// The service worker keeps the app shell (index.html) and the build's hashed scripts, styles and icons on
// the device, so the dashboard opens with no network and the outbox can wait there. Besides those it keeps only
// the holiday tables of other years once used. It caches nothing else:
// API answers (/trpc) carry people's health information and always go to the network, never into a cache.

declare let self: ServiceWorkerGlobalScope;

// The build's file list with a revision each, filled in by vite-plugin-pwa (injectManifest).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Addresses of the dashboard open the cached app shell; the server's own pages and calls stay on the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), {
    denylist: [/^\/(trpc|healthz|answer|public|public-files|exports|feeds|files|forums|about)(\/|$)/],
  }),
);

// Holiday tables of years far from the build (not precached, see vite.config.ts): kept once fetched. Their names
// carry a hash of their contents, so a kept one is never stale.
registerRoute(
  ({ url }) => /^\/assets\/\d{4}-[\w-]+\.js$/.test(url.pathname),
  new CacheFirst({ cacheName: "holiday-years" }),
);

// A new version takes over at once: the next navigation gets the new shell with its new scripts.
self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
