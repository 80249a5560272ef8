import { z } from "zod";
import { defaultDataDir } from "#client.ts";

/** Settings of the command-line entries (migrate, seed): the same variables the API host reads. */
const CliEnv = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).optional(),
});

export function loadCliEnv(): { databaseUrl: string | undefined; dataDir: string } {
  const parsed = CliEnv.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
    process.exit(1);
  }
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    dataDir: parsed.data.DATA_DIR ?? defaultDataDir(process.cwd()),
  };
}
