import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs as its own process (apps/server on :3000); in production it serves this build.
const api = "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/trpc": api,
      "/healthz": api,
    },
  },
});
