import { expect, test } from "@playwright/test";

test("the shell loads and the status page shows live data from the API", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });

  await page.goto("/");
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByTestId("app-shell")).toBeVisible();
  for (const nav of ["portfolio", "dashboard", "tracker", "inbox", "settings"]) {
    await expect(page.getByTestId(`nav-${nav}`)).toBeVisible();
  }

  // What the page shows must be what the server reports right now, not text baked into the bundle.
  const ready = (await (await request.get("/readyz")).json()) as {
    database: { mode: string; migrations: { applied: number; expected: number } };
  };
  await expect(page.getByTestId("status-db-mode")).toHaveAttribute("data-mode", ready.database.mode);
  const migrations = page.getByTestId("status-migrations");
  await expect(migrations).toHaveAttribute("data-applied", String(ready.database.migrations.applied));
  await expect(migrations).toHaveAttribute("data-expected", String(ready.database.migrations.expected));
  await expect(page.getByTestId("status-request-role")).toHaveAttribute("data-role", "airisk_app");

  // Refreshing asks the API again.
  const refetch = page.waitForResponse((r) => r.url().includes("/trpc/health.status") && r.ok());
  await page.getByTestId("status-refresh").click();
  await refetch;

  expect(errors).toEqual([]);
});

test("navigating to another section keeps the shell and survives a reload", async ({ page, baseURL }) => {
  // Workspace pages need a session: sign up through the API with this page's cookies.
  const email = `nav-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const signUp = await page.request.post("/trpc/auth.signUp", {
    data: {
      json: { email, password: "a long and uncommon passphrase", name: "Nav", organisationName: "Nav Org" },
    },
    headers: { origin: baseURL ?? "" },
  });
  expect(signUp.ok()).toBe(true);
  await page.goto("/status");
  await page.getByTestId("nav-tracker").click();
  await expect(page).toHaveURL(/\/tracker$/);
  await page.reload();
  await expect(page.getByTestId("app-shell")).toBeVisible();
  await expect(page.getByTestId("nav-tracker")).toHaveAttribute("aria-current", "page");
});
