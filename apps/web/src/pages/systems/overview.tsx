import { can } from "@airisk/domain/permissions";
import { ClipboardCheck } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { ClassificationCard } from "#pages/systems/classification.tsx";
import { LifecycleActions } from "#pages/systems/lifecycle-actions.tsx";
import { LifecycleDiagram } from "#pages/systems/lifecycle-diagram.tsx";
import type { SystemDetail } from "#pages/systems/model.ts";
import { isPolicyGround, isRetired } from "#pages/systems/overview-model.ts";
import { NoRisksCard, ProfileCard, RiskOwnerCard } from "#pages/systems/overview-profile.tsx";
import { ScreeningCard } from "#pages/systems/screening.tsx";

/**
 * The overview tab: the lifecycle drawn with the current state lit beside the events this user may
 * send, why an audit is needed, the profile, the classification, the screening and the risk owner.
 */
export function OverviewTab({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const { organisation } = useSession();
  // Write controls follow the permission matrix; a retired system changes no more (the API refuses).
  const canWrite = can(organisation.role, "systems.write") && !isRetired(system.state);
  return (
    <div className="flex flex-col gap-6" data-testid="system-overview">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card className="min-w-0" data-testid="lifecycle-card">
          <CardHeader>
            <CardTitle>
              <h2>{t("lifecycle.title")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <LifecycleDiagram state={system.state} events={system.events} className="w-full" />
          </CardContent>
        </Card>
        <LifecycleActions system={system} />
      </div>

      <AuditGrounds grounds={system.auditGrounds} />

      <div className="grid gap-6 lg:grid-cols-2">
        <ProfileCard system={system} />
        <div className="flex flex-col gap-6">
          <RiskOwnerCard system={system} canWrite={canWrite} />
          <NoRisksCard system={system} canWrite={canWrite} />
        </div>
      </div>

      <ClassificationCard system={system} canWrite={canWrite} />
      <ScreeningCard system={system} canWrite={canWrite} />
    </div>
  );
}

/** Why the system must be audited before approval, each ground labelled law or product policy. */
function AuditGrounds({ grounds }: { grounds: string[] }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="audit-grounds">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ClipboardCheck className="size-4 text-muted-foreground" aria-hidden />
          <h2>{t("systems.auditGrounds.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.auditGrounds.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {grounds.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="audit-grounds-none">
            {t("systems.auditGrounds.none")}
          </p>
        ) : (
          <ul className="grid gap-2">
            {grounds.map((ground) => {
              const policy = isPolicyGround(ground);
              return (
                <li
                  key={ground}
                  className="flex flex-wrap items-start gap-2 text-sm"
                  data-testid="audit-ground"
                  data-basis={policy ? "product_policy" : "law"}
                >
                  {policy ? (
                    <Badge
                      variant="outline"
                      className="border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800"
                      title={t("systems.basisHint.product_policy")}
                    >
                      {t("systems.basis.product_policy")}
                    </Badge>
                  ) : (
                    <Badge variant="outline" className="text-muted-foreground">
                      {t("systems.basis.law")}
                    </Badge>
                  )}
                  <span>{ground}</span>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
