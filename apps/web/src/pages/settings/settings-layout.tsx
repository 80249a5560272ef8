import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "#pages/page-header.tsx";

const TAB =
  "-mb-px flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium text-muted-foreground outline-none transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[status=active]:border-primary data-[status=active]:text-foreground";

/** Settings: the organisation's profile and its members, as two sub-pages behind tabs. */
export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-6" data-testid="page-settings">
      <PageHeader title={t("pages.settings.title")} description={t("pages.settings.description")} />
      <nav aria-label={t("settings.sections")} className="flex gap-1 border-b">
        <Link to="/settings/organisation" className={TAB} data-testid="settings-tab-organisation">
          {t("settings.organisation.tab")}
        </Link>
        <Link to="/settings/members" className={TAB} data-testid="settings-tab-members">
          {t("settings.members.tab")}
        </Link>
      </nav>
      <Outlet />
    </div>
  );
}
