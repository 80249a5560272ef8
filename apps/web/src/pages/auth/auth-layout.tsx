import { Link, Outlet } from "@tanstack/react-router";
import { ShieldCheck } from "lucide-react";
import type * as React from "react";
import { useTranslation } from "react-i18next";

/** The frame of the pages one sees before (or while) joining: a centred card under the logo. */
export function AuthLayout({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="auth-layout"
      className="flex min-h-svh flex-col items-center bg-muted/50 px-4 py-10 sm:py-16"
    >
      <Link
        to="/status"
        className="mb-6 flex items-center gap-2 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className="flex size-9 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <ShieldCheck className="size-5" aria-hidden />
        </span>
        <span className="flex flex-col leading-tight">
          <span className="text-lg font-semibold tracking-tight">{t("app.name")}</span>
          <span className="text-xs text-muted-foreground">{t("app.tagline")}</span>
        </span>
      </Link>
      <main id="main" className="w-full max-w-md">
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
