import { expect, test } from "@playwright/test";

test("the probes answer: up and ready on a fresh embedded database", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({
    status: "ready",
    database: { mode: "embedded", migrations: { current: true } },
  });
});

test("a deep link is answered by the SPA (history fallback)", async ({ request }) => {
  const page = await request.get("/tracker");
  expect(page.status()).toBe(200);
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(await page.text()).toContain('id="root"');
});
