import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { PreconditionFailedError, ValidationError } from "@airisk/domain/errors";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiLogger, createInnerContext } from "./context.ts";
import { createCaller } from "./root.ts";
import { createCallerFactory, publicProcedure, router } from "./trpc.ts";

let database: TestDatabase;
const logged: Array<{ details: Record<string, unknown>; message: string }> = [];
const log: ApiLogger = { error: (details, message) => logged.push({ details, message }) };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("health.status", () => {
  it("answers through the request role with the database mode and migration state", async () => {
    const caller = createCaller(createInnerContext({ database, log, now: new Date("2026-11-25T10:00:00Z") }));
    const health = await caller.health.status();
    expect(health.checkedAt).toEqual(new Date("2026-11-25T10:00:00Z"));
    expect(health.database.mode).toBe(process.env.DATABASE_URL ? "postgres" : "embedded");
    expect(health.database.migrations.current).toBe(true);
    expect(health.database.requestRole).toEqual({ role: "airisk_app", superuser: false, bypassRls: false });
  });
});

describe("the error adapter", () => {
  // A router of procedures that fail in each way a real one can, through the real base procedure.
  const probe = router({
    validation: publicProcedure.mutation(() => {
      throw new ValidationError("annualTurnover.currency", "must be a three-letter ISO 4217 code");
    }),
    guard: publicProcedure.mutation(() => {
      throw new PreconditionFailedError(
        "risksRecorded",
        "record at least one risk or a justified 'none found'",
      );
    }),
    input: publicProcedure
      .input(z.object({ name: z.string().min(1, "must not be empty") }))
      .mutation(({ input }) => input.name),
    bug: publicProcedure.mutation(() => {
      throw new Error("secret connection string postgres://u:p@db");
    }),
  });
  const call = () => createCallerFactory(probe)(createInnerContext({ database, log, requestId: "req-42" }));
  const failure = async (p: Promise<unknown>) => {
    const error = await p.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  };

  it("maps a domain validation error to BAD_REQUEST naming the field", async () => {
    const error = await failure(call().validation());
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("annualTurnover.currency: must be a three-letter ISO 4217 code");
  });

  it("maps a refused guard to PRECONDITION_FAILED naming the guard", async () => {
    const error = await failure(call().guard());
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/^risksRecorded: /);
  });

  it("names the field and the reason when input fails its schema", async () => {
    const error = await failure(call().input({ name: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("name: must not be empty");
  });

  it("hides an unexpected error's detail from the client and logs it with the request id", async () => {
    logged.length = 0;
    const error = await failure(call().bug());
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).not.toContain("postgres://");
    expect(error.message).toContain("req-42");
    expect(logged).toHaveLength(1);
    expect(logged[0]?.details.requestId).toBe("req-42");
    expect(String(logged[0]?.details.err)).toContain("secret connection string");
  });
});
