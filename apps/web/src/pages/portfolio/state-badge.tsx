import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { cn } from "#lib/utils.ts";
import { isLifecycleState, isParentState, type StateTone, stateTone } from "#pages/portfolio/states.ts";

const TONE_CLASSES: Record<StateTone, string> = {
  neutral: "border-slate-200 bg-slate-100 text-slate-700",
  progress: "border-sky-200 bg-sky-50 text-sky-800",
  good: "border-emerald-200 bg-emerald-50 text-emerald-800",
  attention: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
  muted: "border-slate-200 bg-transparent text-muted-foreground",
};

/** A lifecycle state's name ("Assessment"), and with its parent ("Risk process › Assessment"). */
export function useStateLabel(): (state: string) => { short: string; full: string } {
  const { t } = useTranslation();
  return (state) => {
    if (!isLifecycleState(state)) return { short: state, full: state };
    const short = t(`lifecycle.states.${state}`);
    const [parent] = state.split(".");
    if (!parent || parent === state || !isParentState(parent)) return { short, full: short };
    return {
      short,
      full: t("lifecycle.diagram.nestedState", {
        parent: t(`lifecycle.states.${parent}.label`),
        state: short,
      }),
    };
  };
}

/** Where a system stands in its lifecycle, coloured by whether it needs attention. */
export function StateBadge({ state, className }: { state: string; className?: string }) {
  const label = useStateLabel()(state);
  return (
    <Badge
      variant="outline"
      className={cn(TONE_CLASSES[stateTone(state)], className)}
      title={label.full}
      data-state={state}
    >
      {label.short}
    </Badge>
  );
}
