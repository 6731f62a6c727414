import { DataDirLockedError } from "@kyoso/db";
import { isDomainError } from "@kyoso/domain";
import { ZodError } from "zod";
import { ConfigError } from "../config";

/** A refusal or usage message for the person at the terminal: printed as it is, without a stack trace. */
export class CliError extends Error {
  override readonly name = "CliError";
}

/** Runs a command-line task: a clear message and exit code 1 on failure. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      isDomainError(error)
    ) {
      console.error(error.message);
    } else if (error instanceof ZodError) console.error(error.issues.map((i) => i.message).join("\n"));
    else console.error(error);
    process.exit(1);
  }
}
