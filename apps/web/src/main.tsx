import "./styles.css";
import "./components.css";
import "./lists.css";
import "./forms.css";
import "./records.css";
import "./dashboard.css";
import "./tasks.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/provider";
import { i18nReady } from "./i18n/index";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

// English (when chosen) is its own chunk: render once the chosen language's texts are there. A failed load
// still renders, in Japanese, rather than nothing.
void i18nReady.finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// The service worker (the app shell kept for use with no network) registers once the page has loaded, from
// a chunk of its own: it never delays the first screen.
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  window.addEventListener(
    "load",
    () => void import("./register-sw").then((sw) => sw.registerServiceWorker()),
  );
}
