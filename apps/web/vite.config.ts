import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The SPA talks to the API on its own origin: in development Vite forwards these paths to the API
// process, so cookies stay SameSite=Lax and no CORS is needed.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const proxied = ["/trpc", "/healthz", "/readyz", "/calendar", "/evidence"];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    outDir: "dist",
    assetsDir: "assets",
    emptyOutDir: true,
    // One entry chunk on purpose (React + router + query + i18n ≈ 180 KB gzipped); the budget that
    // matters is the gzipped size, which `pnpm bench` watches, not Rollup's minified-size warning.
    chunkSizeWarningLimit: 700,
  },
});
