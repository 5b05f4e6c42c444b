import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { Graph, type Params, type Row } from '../server/graph/graph.js';

/**
 * A view of a graph that, while `profiling` is on, runs every statement of a managed transaction
 * with PROFILE and adds up its database hits: what one GraphQL request costs Neo4j, whatever the
 * services run to answer it. Off, it passes everything through untouched.
 */
export class ProfilingGraph extends Graph {
  profiling = false;
  dbHits = 0;
  statements = 0;
  /** Each statement profiled since the last reset: its first lines and its database hits. */
  statementHits: { statement: string; dbHits: number }[] = [];

  constructor(private readonly inner: Graph) {
    // Every method is overridden to go through `inner`: this view never uses a driver of its own.
    super(undefined as never, inner.database);
  }

  /** Hits and statements since the last reset. */
  reset(): void {
    this.dbHits = 0;
    this.statements = 0;
    this.statementHits = [];
  }

  override withReadTimeout(): Graph {
    return this;
  }

  override executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose?: string): Promise<T> {
    return this.inner.executeRead((tx) => work(this.profiled(tx)), purpose);
  }

  override executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose?: string): Promise<T> {
    return this.inner.executeWrite((tx) => work(this.profiled(tx)), purpose);
  }

  override writeInTransactions(cypher: string, params?: Params, purpose?: string): Promise<Row[]> {
    return this.inner.writeInTransactions(cypher, params, purpose);
  }

  override onConnectionLost(listener: Parameters<Graph['onConnectionLost']>[0]): void {
    this.inner.onConnectionLost(listener);
  }

  override verify(): Promise<void> {
    return this.inner.verify();
  }

  override close(): Promise<void> {
    return this.inner.close();
  }

  private profiled(tx: ManagedTransaction): ManagedTransaction {
    if (!this.profiling) return tx;
    return new Proxy(tx, {
      get: (target, property, receiver) => {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return async (query: string, parameters?: Params) => {
          const result = await target.run(`PROFILE ${query}`, parameters);
          this.statements += 1;
          const dbHits = result.summary.profile ? hitsOf(result.summary.profile) : 0;
          this.dbHits += dbHits;
          this.statementHits.push({ statement: query.trim().replace(/\s+/g, ' ').slice(0, 110), dbHits });
          return result;
        };
      },
    });
  }
}

function hitsOf(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);
}
