import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInnerContext, type SessionCookie } from "@airisk/api/context";
import { appRouter } from "@airisk/api/root";
import { checkReadiness } from "@airisk/core/health";
import { calendarFeed } from "@airisk/core/reminders";
import { MAX_EVIDENCE_BYTES } from "@airisk/core/systems/obligations";
import type { Database } from "@airisk/db/client";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { parse, serialize } from "hono/utils/cookie";
import { readEvidenceForSession } from "#evidence.ts";
import type { Logger } from "#logger.ts";

type AppEnv = { Variables: { requestId: string } };

export type AppOptions = {
  database: Database;
  logger: Logger;
  webDist: string;
  /** Mark the session cookie Secure (production behind HTTPS). */
  cookieSecure?: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** The public origin (scheme://host[:port]) mutations must come from; default: the request's own. */
  publicOrigin?: string | undefined;
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
        // A calendar feed's path is its credential: never logged.
        path: c.req.path.startsWith("/calendar/") ? "/calendar/[token].ics" : c.req.path,
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

  // Evidence files (≤ 10 MB) arrive as multipart; everything else is small JSON.
  const jsonLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) =>
      c.json({ error: { message: "request body larger than 1 MiB", code: "PAYLOAD_TOO_LARGE" } }, 413),
  });
  const uploadLimit = bodyLimit({
    maxSize: MAX_EVIDENCE_BYTES + 512 * 1024,
    onError: (c) =>
      c.json({ error: { message: "file: is larger than 10 MB", code: "PAYLOAD_TOO_LARGE" } }, 413),
  });
  app.use("/trpc/*", (c, next) =>
    (c.req.path === "/trpc/evidence.upload" ? uploadLimit : jsonLimit)(c, next),
  );
  app.use("/trpc/*", async function refuseCrossSiteMutations(c, next) {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
    const refusal = crossSiteRefusal(c.req.raw, options.publicOrigin);
    if (refusal) {
      logger.warn({ reqId: c.get("requestId"), refusal }, "cross-site mutation refused");
      return c.json({ error: { message: refusal, code: "FORBIDDEN" } }, 403);
    }
    return next();
  });
  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      createContext: ({ resHeaders }) =>
        createInnerContext({
          database,
          log: logger,
          requestId: c.get("requestId"),
          clientIp: clientAddress(c, options.trustProxy ?? false),
          cookie: httpSessionCookie(c.req.header("cookie"), resHeaders, options.cookieSecure ?? false),
        }),
    }),
  );

  // Evidence downloads: the session's organisation only (RLS under withTenant), as an attachment
  // that the browser never renders in our origin.
  app.get("/evidence/:systemId/:evidenceId", async (c) => {
    const cookie = httpSessionCookie(c.req.header("cookie"), new Headers(), options.cookieSecure ?? false);
    const file = await readEvidenceForSession({
      database,
      token: cookie.read(),
      systemId: c.req.param("systemId"),
      evidenceId: c.req.param("evidenceId"),
      now: new Date(),
    });
    if (file.status !== 200)
      return c.json({ error: { message: file.message, code: file.code } }, file.status);
    return c.body(new Uint8Array(file.content), 200, {
      "content-type": file.mediaType,
      "content-length": String(file.content.byteLength),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
  });

  // A member's secret review calendar: the token is the credential (no cookie; calendar apps poll).
  app.get("/calendar/:file", async (c) => {
    const file = c.req.param("file");
    const feed = file.endsWith(".ics")
      ? await calendarFeed({
          ctx: { database, now: new Date() },
          token: file.slice(0, -".ics".length),
          origin: options.publicOrigin ?? new URL(c.req.url).origin,
        })
      : null;
    if (feed === null)
      return c.json({ error: { message: "calendar was not found", code: "NOT_FOUND" } }, 404);
    return c.body(feed, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
  });

  mountSpa(app, webDist, logger);
  return app;
}

export const SESSION_COOKIE = "airisk_session";

/**
 * Paths that name a static file: a miss there is a 404, not the SPA. Only real file types count,
 * since client routes may contain dots (invitation links do: /invite/<ids>.<secret>).
 */
const STATIC_FILE =
  /\.(?:js|mjs|css|map|json|txt|xml|webmanifest|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf)$/i;

/** The session cookie over HTTP: HttpOnly, SameSite=Lax, Path=/, Secure when configured. */
function httpSessionCookie(header: string | undefined, resHeaders: Headers, secure: boolean): SessionCookie {
  const value = header ? parse(header, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
  const base = { httpOnly: true, sameSite: "Lax", path: "/", secure } as const;
  return {
    read: () => value,
    set(token, expiresAt) {
      resHeaders.append("Set-Cookie", serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt }));
    },
    clear() {
      resHeaders.append("Set-Cookie", serialize(SESSION_COOKIE, "", { ...base, maxAge: 0 }));
    },
  };
}

/**
 * CSRF defence for state-changing requests (the Lucia guide's): a browser must say the request is
 * same-origin (Sec-Fetch-Site), or, where it sends no such header, carry an Origin equal to ours.
 * A request with neither is refused too. Returns why it was refused, or undefined.
 */
export function crossSiteRefusal(req: Request, publicOrigin: string | undefined): string | undefined {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null)
    return site === "same-origin" ? undefined : `cross-site request refused (Sec-Fetch-Site: ${site})`;
  const origin = req.headers.get("origin");
  const ours = publicOrigin ?? new URL(req.url).origin;
  if (origin === null) return "request refused: no Origin header";
  return origin === ours ? undefined : `cross-site request refused (Origin: ${origin})`;
}

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests has no socket.
    return "unknown";
  }
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
    if (path.startsWith("/trpc") || path.startsWith("/assets/") || STATIC_FILE.test(path)) {
      return c.text("Not found", 404);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
