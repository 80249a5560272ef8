import { expect, test } from "@playwright/test";

test.beforeEach(async ({ page, baseURL }) => {
  const email = `tracker-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const res = await page.request.post("/trpc/auth.signUp", {
    data: {
      json: {
        email,
        password: "a long and uncommon passphrase",
        name: "Tess Tracker",
        organisationName: "Tracker Co",
      },
    },
    headers: { origin: baseURL ?? "" },
  });
  expect(res.ok()).toBe(true);
});

test("browse every jurisdiction, filter and search, kept in the URL", async ({ page }) => {
  await page.goto("/tracker");
  for (const code of ["KZ", "EU", "KR", "CN", "US", "GB", "COE", "AFU"]) {
    await expect(page.getByTestId(`tracker-row-${code}`)).toBeVisible();
  }
  await expect(page.getByTestId("tracker-row-KZ").locator("[data-status]").first()).toHaveAttribute(
    "data-status",
    "in_force",
  );

  await page.getByTestId("tracker-search").fill("Kazakh");
  await expect(page.getByTestId("tracker-row-EU")).toHaveCount(0);
  await expect(page.getByTestId("tracker-row-KZ")).toBeVisible();
  await expect(page).toHaveURL(/q=Kazakh/);
  await page.reload();
  await expect(page.getByTestId("tracker-row-KZ")).toBeVisible();
  await expect(page.getByTestId("tracker-row-EU")).toHaveCount(0);
});

test("open Kazakhstan and read each obligation with its article, inferred ones marked", async ({ page }) => {
  await page.goto("/tracker/KZ");
  await expect(page.getByTestId("jurisdiction-title")).toContainText("Kazakhstan");
  await expect(page.getByTestId("instrument-kz.ai-law")).toContainText("230-VIII");
  const labelling = page.getByTestId("obligation-kz.synthetic.labelling");
  await expect(labelling).toContainText("21(2)");
  await expect(labelling).toContainText("2026-01-18".slice(0, 4));
  await expect(page.getByTestId("obligation-basis-kz.prohibited.screening")).toBeVisible();
  await expect(page.getByTestId("obligation-basis-kz.transparency.characteristics")).toHaveCount(0);
  await expect(page.getByTestId("penalty-kz.coao.641-1.synthetic")).toContainText(/15/);
});

test("open the EU and see the Annex III date and the Art. 99 caps", async ({ page }) => {
  await page.goto("/tracker/EU");
  await expect(page.getByTestId("jurisdiction-title")).toContainText("European Union");
  await expect(page.getByTestId("penalty-eu.ai-act.99-3")).toContainText(/35,000,000/);
  await expect(page.getByTestId("penalty-eu.ai-act.99-3")).toContainText(/7\s?%/);
  await expect(page.locator("[data-testid^='obligation-eu.']").first()).toBeVisible();
});

test("the upcoming view lists dated changes across jurisdictions", async ({ page }) => {
  await page.goto("/tracker/upcoming");
  await expect(page.getByTestId("upcoming-item").first()).toBeVisible();
  expect(await page.getByTestId("upcoming-item").count()).toBeGreaterThan(3);
});
