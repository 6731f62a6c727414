import { isDomainError } from "@kyoso/domain";
import { ZodError } from "zod";
import { ConfigError } from "../config";

/** Runs a command-line task: a clear message and exit code 1 on failure. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ConfigError || isDomainError(error)) console.error(error.message);
    else if (error instanceof ZodError) console.error(error.issues.map((i) => i.message).join("\n"));
    else console.error(error);
    process.exit(1);
  }
}
