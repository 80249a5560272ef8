import type * as React from "react";
import { useId } from "react";
import { Label } from "#components/ui/label.tsx";
import { cn } from "#lib/utils.ts";

/** What a control needs to be tied to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
};

/**
 * A labelled form control with an optional hint and the error beside it
 * (`data-testid="field-error-<name>"`). The control is rendered by `children` with the ids it
 * must carry.
 */
function FormField({
  name,
  label,
  hint,
  error,
  className,
  children,
}: {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: FieldControlProps) => React.ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="form-field" className={cn("grid gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-destructive" data-testid={`field-error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField };
