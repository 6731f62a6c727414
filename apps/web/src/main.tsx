import "./i18n/index";
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

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
