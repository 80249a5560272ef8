import type { AnyProcedure } from "@trpc/server";
import { appRouter } from "#root.ts";
import type { ProcedureMeta } from "#trpc.ts";

/** Every procedure of the AppRouter, found by walking it: a new procedure is covered with no edit. */
export type ProcedureEntry = {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: ProcedureMeta | undefined;
  inputs: unknown[];
};

export function allProcedures(): ProcedureEntry[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: procedure._def.meta as ProcedureMeta | undefined,
    inputs: procedure._def.inputs as unknown[],
  }));
}

/** Calls `path` on a caller (`members.setRole` → caller.members.setRole(input)). */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const segments = path.split(".");
  const fn = segments.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

type ZodLike = { _zod: { def: Record<string, unknown> & { type: string } } };

/**
 * A valid input for a procedure, built from its zod schema. Fields named in `fixtures` take that
 * value (the other organisation's identifiers, say); optional fields without a fixture are left
 * out. An identifier field (uuid) without a fixture is an error: the test must be told what to
 * put there, so a new kind of identifier cannot slip past the isolation test unexercised.
 */
export function sampleInput(
  inputs: unknown[],
  fixtures: Record<string, unknown>,
  /** The procedure's path: a fixture named `path#field` wins over `field`, `path#` is the whole input. */
  path = "",
): {
  input: unknown;
  usedFixtures: string[];
} {
  const used = new Set<string>();
  const sample = (schema: ZodLike, key: string, optional: boolean): unknown => {
    const specific = `${path}#${key}`;
    if (key !== "" && specific in fixtures) {
      used.add(key);
      return fixtures[specific];
    }
    if (key in fixtures) {
      used.add(key);
      return fixtures[key];
    }
    const def = schema._zod.def;
    switch (def.type) {
      case "optional":
        return OMIT;
      case "nullable":
      case "default":
      case "readonly":
      case "catch":
        return sample(def.innerType as ZodLike, key, optional);
      case "pipe":
        return sample(def.in as ZodLike, key, optional);
      case "object": {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(def.shape as Record<string, ZodLike>)) {
          const value = sample(v, k, false);
          if (value !== OMIT) out[k] = value;
        }
        return out;
      }
      case "string": {
        const format = (schema as unknown as { format?: string }).format;
        if (format === "uuid" || format === "guid") {
          throw new Error(`no fixture for the identifier field "${key}": add one to the isolation test`);
        }
        if (format === "email") return "someone@example.com";
        return "sample value";
      }
      case "enum":
        return Object.values(def.entries as Record<string, unknown>)[0];
      case "boolean":
        return false;
      case "number":
        return 1;
      case "array":
        return [];
      default:
        throw new Error(`cannot sample a ${def.type} for "${key}"`);
    }
  };
  if (inputs.length === 0) return { input: undefined, usedFixtures: [] };
  if (`${path}#` in fixtures) return { input: fixtures[`${path}#`], usedFixtures: [`${path}#`] };
  const merged: Record<string, unknown> = {};
  for (const schema of inputs) Object.assign(merged, sample(schema as ZodLike, "", false));
  return { input: merged, usedFixtures: [...used] };
}

const OMIT = Symbol("omit");
