/** English messages of the executive dashboard, merged into `en` under `dashboard`. */
export const dashboard = {
  title: "Dashboard",
} as const;
