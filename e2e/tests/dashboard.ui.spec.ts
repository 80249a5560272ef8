import { expect, test } from "@playwright/test";

/**
 * Issue 7's "done when": an executive signs in, sees the dashboard, changes the date and the
 * currency, and drills into a figure down to the article it rests on. Uses the demo organisation.
 */
test("an executive reads the exposure, changes date and currency, and drills down to the article", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByTestId("signin-email").fill("executive@airisk.example");
  await page.getByTestId("signin-password").fill("airisk-demo-2026");
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("org-switcher")).toContainText("Demo organisation");

  await page.goto("/dashboard");
  const total = page.getByTestId("dashboard-total");
  await expect(total).toBeVisible();
  await expect(total).toHaveAttribute("data-currency", "KZT");

  await page.getByTestId("dashboard-currency").selectOption("USD");
  await expect(page).toHaveURL(/currency=USD/);
  await expect(total).toHaveAttribute("data-currency", "USD");
  await expect(page.getByTestId("rates-note").first()).toContainText(/500/);

  await page.getByTestId("dashboard-asof").fill("2026-10-01");
  await page.getByTestId("dashboard-asof").press("Enter");
  await expect(page).toHaveURL(/asOf=2026-10-01/);

  await total.click();
  const drilldown = page.getByTestId("drilldown");
  await expect(drilldown).toBeVisible();
  await expect(drilldown.getByTestId("line-item").first()).toBeVisible();
  // Kazakhstan's offences rest on CoAO Art. 641-1, and each line names its basis.
  await expect(drilldown.getByTestId("line-citation").filter({ hasText: "641-1" }).first()).toBeVisible();
  await expect(drilldown.getByTestId("line-inputs").first()).toContainText(/MCI/);

  const download = page.waitForEvent("download");
  await drilldown.getByTestId("export-csv").click();
  expect((await download).suggestedFilename()).toMatch(/^airisk-exposure-2026-10-01-USD.*\.csv$/);
});
