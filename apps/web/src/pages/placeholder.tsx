import { FolderKanban, Inbox, LayoutDashboard, type LucideIcon, Scale } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { PageHeader } from "#pages/page-header.tsx";

export type PlaceholderName = "portfolio" | "dashboard" | "tracker" | "inbox";

const ICONS: Record<PlaceholderName, LucideIcon> = {
  portfolio: FolderKanban,
  dashboard: LayoutDashboard,
  tracker: Scale,
  inbox: Inbox,
};

/** A page whose feature has not landed yet: it names what it will hold and nothing more. */
export function PlaceholderPage({ page }: { page: PlaceholderName }) {
  const { t } = useTranslation();
  const Icon = ICONS[page];
  return (
    <div className="flex flex-col gap-6" data-testid={`page-${page}`}>
      <PageHeader title={t(`pages.${page}.title`)} description={t(`pages.${page}.description`)} />
      <Card className="border-dashed shadow-none">
        <CardContent className="flex flex-col items-center gap-3 py-12 text-center">
          <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
            <Icon className="size-6" aria-hidden />
          </span>
          <Badge variant="secondary">{t("placeholder.badge")}</Badge>
        </CardContent>
      </Card>
    </div>
  );
}
