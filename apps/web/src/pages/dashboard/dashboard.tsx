import type { DashboardSearch } from "#pages/dashboard/model.ts";
import { PlaceholderPage } from "#pages/placeholder.tsx";

export function DashboardPage(_props: { search: DashboardSearch }) {
  return <PlaceholderPage page="dashboard" />;
}
