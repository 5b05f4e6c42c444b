/**
 * Records the findings the generator plants, keyed by app and account id, and turns them into the
 * truth.json list (type, app name, account email), sorted by type, app, account.
 */
import type { FindingType } from '../server/catalog/catalog.types.js';
import type { TruthFinding } from './org.types.js';
import type { AccountState, AppState } from './state.js';

export interface KeyedFinding extends TruthFinding {
  appId: string;
  accountId: string | null;
}

export function findingKey(f: { type: FindingType; appId: string; accountId: string | null }): string {
  return `${f.type}|${f.appId}|${f.accountId ?? ''}`;
}

function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Sorted by type, then app name, then account email (code-point order, nulls first). */
export function sortFindings<T extends TruthFinding>(findings: T[]): T[] {
  return [...findings].sort((a, b) => compare(a.type, b.type) || compare(a.app, b.app) || compare(a.account, b.account));
}

export class TruthRecorder {
  private readonly expected = new Map<string, KeyedFinding>();

  /** An account-level finding (everything except sole_admin). */
  expectAccount(type: Exclude<FindingType, 'sole_admin'>, account: AccountState, plantedAs: string): void {
    account.plantedAs ??= plantedAs;
    const finding: KeyedFinding = {
      type,
      app: account.app.record.name,
      account: account.record.email,
      appId: account.app.record.id,
      accountId: account.record.id,
    };
    this.expected.set(findingKey(finding), finding);
  }

  expectSoleAdmin(app: AppState, plantedAs: string): void {
    app.plantedAs ??= plantedAs;
    const finding: KeyedFinding = { type: 'sole_admin', app: app.record.name, account: null, appId: app.record.id, accountId: null };
    this.expected.set(findingKey(finding), finding);
  }

  all(): KeyedFinding[] {
    return sortFindings([...this.expected.values()]);
  }
}

/** The public truth list: no internal ids. */
export function toTruthFindings(findings: KeyedFinding[]): TruthFinding[] {
  return sortFindings(findings).map(({ type, app, account }) => ({ type, app, account }));
}
