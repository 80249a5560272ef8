import "./styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { i18nReady } from "#i18n/index.ts";
import { router } from "#router.tsx";
import { queryClient } from "#trpc.ts";

function mount(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html lacks the #root element");
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Resources are bundled, so initialisation settles at once; waiting avoids a frame of raw keys.
void i18nReady.then(mount);
