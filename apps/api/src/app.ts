import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInnerContext } from "@airisk/api/context";
import { appRouter } from "@airisk/api/root";
import { checkReadiness } from "@airisk/core/health";
import type { Database } from "@airisk/db/client";
import { serveStatic } from "@hono/node-server/serve-static";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "#logger.ts";

type AppEnv = { Variables: { requestId: string } };

export type AppOptions = {
  database: Database;
  logger: Logger;
  webDist: string;
  /** Set false while shutting down: /readyz then answers 503 so load balancers drain us. */
  isAccepting?: () => boolean;
};

/** The HTTP surface: tRPC, health probes and the SPA, on one origin. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { database, logger, webDist } = options;
  const isAccepting = options.isAccepting ?? (() => true);
  const app = new Hono<AppEnv>();

  app.use(requestId({ limitLength: 64 }));
  app.use(async function logRequest(c, next) {
    const started = performance.now();
    await next();
    const probe = c.req.path === "/healthz" || c.req.path === "/readyz";
    logger[probe ? "debug" : "info"](
      {
        reqId: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Component libraries set inline style attributes; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
      xContentTypeOptions: "nosniff",
      xFrameOptions: "DENY",
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get("/healthz", (c) => c.json({ status: "ok" }));

  app.get("/readyz", async (c) => {
    if (!isAccepting()) return c.json({ status: "not_ready", reason: "shutting down" }, 503);
    const readiness = await checkReadiness({ ctx: { database, now: new Date() } });
    if (!readiness.ready) {
      logger.warn({ reqId: c.get("requestId"), reason: readiness.reason }, "not ready");
      return c.json({ status: "not_ready", reason: readiness.reason }, 503);
    }
    const { mode, migrations } = readiness.health.database;
    return c.json({ status: "ready", database: { mode, migrations } });
  });

  app.use("/trpc/*", bodyLimit({ maxSize: 1024 * 1024 }));
  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      createContext: () => createInnerContext({ database, log: logger, requestId: c.get("requestId") }),
    }),
  );

  mountSpa(app, webDist, logger);
  return app;
}

/**
 * The built SPA at `/`: hashed assets cached for a year, everything else that looks like a page
 * answered with index.html so client-side routes survive a reload (history fallback).
 */
function mountSpa(app: Hono<AppEnv>, webDist: string, logger: Logger): void {
  const indexPath = join(webDist, "index.html");
  if (!existsSync(indexPath)) {
    logger.warn({ webDist }, "the SPA is not built here; only the API is served");
    app.get("*", (c) =>
      c.text(
        `The web app is not built (no ${indexPath}). Run "pnpm build"; during "pnpm dev" open the Vite dev server at http://localhost:5173 instead.`,
        404,
      ),
    );
    return;
  }
  const indexHtml = readFileSync(indexPath, "utf8");
  // serveStatic resolves `root` against the working directory.
  const root = relative(process.cwd(), webDist) || ".";
  app.use("/assets/*", async (c, next) => {
    await next();
    // File names under /assets carry a content hash, so a cached copy never goes stale.
    if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use("/assets/*", serveStatic({ root }));
  app.use("*", serveStatic({ root, index: "__no_index__" }));
  app.get("*", (c) => {
    const path = c.req.path;
    if (path.startsWith("/trpc") || path.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(path)) {
      return c.text("Not found", 404);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
