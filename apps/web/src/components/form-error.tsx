import { CircleAlert } from "lucide-react";
import { Alert, AlertDescription } from "#components/ui/alert.tsx";

/** The alert at the top of a form for errors that belong to no single field. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert variant="destructive" data-testid="form-error">
      <CircleAlert aria-hidden />
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
