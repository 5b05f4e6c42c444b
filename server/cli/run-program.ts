import type { Command } from 'commander';
import { ReviewError } from '../reviews/review-error.js';

/** What `attest` exits with when a command fails; commander exits 1 for a usage error too. */
export const FAILURE_EXIT_CODE = 1;

/**
 * Runs the command line. A command that throws prints `attest: <why>` on stderr, without a stack
 * trace, and the process exits 1. Commands that report an outcome as an exit code of their own
 * (`db status`, `audit verify`, `evidence verify`) set process.exitCode and do not throw.
 */
export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    console.error(`attest: ${failureMessage(error)}`);
    process.exitCode = FAILURE_EXIT_CODE;
  }
}

/** Why a command failed, as the person who ran it should read it. */
function failureMessage(error: unknown): string {
  if (error instanceof ReviewError && error.field) return `${error.message} (${error.field})`;
  return error instanceof Error ? error.message : String(error);
}
