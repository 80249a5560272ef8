import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { CircleAlert, RefreshCw } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";

/** What a route shows when loading it failed (typically: the API could not be reached). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-16" data-testid="page-route-error">
      <Alert variant="destructive">
        <CircleAlert aria-hidden />
        <AlertTitle>{t("routeError.title")}</AlertTitle>
        <AlertDescription>{apiErrorMessage(error, t)}</AlertDescription>
      </Alert>
      <div>
        <Button
          variant="outline"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          <RefreshCw aria-hidden />
          {t("routeError.retry")}
        </Button>
      </div>
    </div>
  );
}
