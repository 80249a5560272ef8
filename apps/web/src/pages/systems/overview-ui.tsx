import { Lightbulb, X } from "lucide-react";
import { Dialog } from "radix-ui";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { cn } from "#lib/utils.ts";

/** Small pieces the system page's cards share: a textarea, a confirmation dialog, basis badges. */

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(
        "flex min-h-20 w-full min-w-0 rounded-md border border-input bg-background px-3 py-2 text-base shadow-xs transition-[color,box-shadow] outline-none placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-60 md:text-sm",
        "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
        "aria-invalid:border-destructive aria-invalid:ring-destructive/20",
        className,
      )}
      {...props}
    />
  );
}

/**
 * A modal that asks before something consequential happens. Its body (a reason field, an error)
 * comes as children; the confirm button submits the dialog's form.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel,
  pending = false,
  destructive = false,
  onConfirm,
  testId,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending?: boolean;
  destructive?: boolean;
  onConfirm: () => void;
  testId?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          data-testid={testId}
          className="fixed top-1/2 left-1/2 z-50 grid max-h-[90svh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border bg-background p-6 shadow-lg"
        >
          <form
            noValidate
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              // React events bubble through portals: keep an enclosing form from submitting too.
              event.stopPropagation();
              if (!pending) onConfirm();
            }}
          >
            <div className="grid gap-1.5 pr-6">
              <Dialog.Title className="text-lg font-semibold tracking-tight">{title}</Dialog.Title>
              <Dialog.Description asChild>
                <div className="grid gap-2 text-sm text-muted-foreground">{description}</div>
              </Dialog.Description>
            </div>
            {children}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="outline" disabled={pending} data-testid="confirm-cancel">
                  {t("systems.dialog.cancel")}
                </Button>
              </Dialog.Close>
              <Button
                type="submit"
                variant={destructive ? "destructive" : "default"}
                disabled={pending}
                data-testid="confirm-submit"
              >
                {pending ? pendingLabel : confirmLabel}
              </Button>
            </div>
          </form>
          <Dialog.Close asChild>
            <button
              type="button"
              disabled={pending}
              className="absolute top-4 right-4 rounded-sm opacity-70 hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
              aria-label={t("systems.dialog.close")}
            >
              <X className="size-4" aria-hidden />
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

type Basis = "law" | "inferred" | "product_policy";

/**
 * "Product policy" or "Inferred" beside a rule whose authority is not the law's own words (with the
 * reason on hover and on expanding); "Law" only when `showLaw` asks for it.
 */
export function BasisBadge({
  basis,
  note,
  showLaw = false,
  testId,
}: {
  basis: Basis;
  note?: string | undefined;
  showLaw?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (basis === "law") {
    if (!showLaw) return null;
    return (
      <Badge variant="outline" className="text-muted-foreground" data-basis="law" data-testid={testId}>
        {t("systems.basis.law")}
      </Badge>
    );
  }
  const hint = note ?? t(`systems.basisHint.${basis}`);
  const badge = (
    <Badge
      variant="outline"
      className={cn(
        basis === "inferred"
          ? "border-indigo-200 bg-indigo-50 text-indigo-800"
          : "border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800",
      )}
    >
      <Lightbulb aria-hidden />
      {t(`systems.basis.${basis}`)}
    </Badge>
  );
  return (
    <details className="inline-block align-middle" data-testid={testId} data-basis={basis}>
      <summary
        className="inline-flex cursor-pointer list-none [&::-webkit-details-marker]:hidden"
        title={hint}
      >
        {badge}
      </summary>
      <p className="mt-1 max-w-sm text-xs whitespace-normal text-muted-foreground">{hint}</p>
    </details>
  );
}

/** A citation as a reader cites it, with its basis badge. */
export function Citation({
  text,
  basis,
  note,
  className,
}: {
  text: string;
  basis: Basis;
  note?: string | undefined;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-wrap items-center gap-1.5", className)}>
      <span className="font-mono text-xs text-muted-foreground">{text}</span>
      <BasisBadge basis={basis} note={note} />
    </div>
  );
}

/** A label and its value in a definition list. */
export function Fact({
  label,
  children,
  className,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={cn("grid gap-1", className)} data-testid={testId}>
      <dt className="text-xs font-medium text-muted-foreground uppercase">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}
