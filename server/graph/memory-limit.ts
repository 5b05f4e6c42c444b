import { Neo4jError } from 'neo4j-driver';

/** Over dbms.memory.transaction.total.max or db.memory.transaction.max; Neo4j classes it transient. */
export const MEMORY_LIMIT_CODE = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/**
 * A step the database refused because one transaction needed more memory than Neo4j allows. Not
 * retried: the same work would fail the same way, and the driver would otherwise retry it for 30 s.
 * Nothing of the refused transaction was kept.
 */
export class TransactionMemoryError extends Error {
  readonly code = MEMORY_LIMIT_CODE;

  constructor(purpose: string, cause: Neo4jError) {
    super(
      `The database refused "${purpose}": it needed more memory than one transaction may use, and nothing of it was kept. ` +
        'Give Neo4j a larger heap (ATTEST_NEO4J_HEAP for the embedded one; see the README, Sizing) and run it again.',
      { cause },
    );
    this.name = 'TransactionMemoryError';
  }
}

export function isMemoryLimitError(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code === MEMORY_LIMIT_CODE;
}

/** The error to raise in place of `error`: a TransactionMemoryError for the memory limit, else `error` itself. */
export function asMemoryLimitError(error: unknown, purpose: string): unknown {
  return isMemoryLimitError(error) ? new TransactionMemoryError(purpose, error) : error;
}
