/**
 * Records the findings the generator plants, keyed by app and account id, and turns them into the
 * truth.json list (type, app name, account email), sorted by type, app, account.
 */
import type { FindingType } from '../server/catalog/catalog.types.js';
import type { HardCase, HardCaseName, IdentityRecord, TruthFinding } from './org.types.js';
import type { AccountState, AppState, PersonState } from './state.js';

/** The finding types reported per app, with no account. */
type AppFindingType = 'sole_admin' | 'unassigned_seats';

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

/** A hard case as planted, pointing at the generator's records (resolved into a HardCase at the end). */
export interface PlantedHardCase {
  case: HardCaseName;
  app: AppState | null;
  account: AccountState | null;
  /** The owner the account must be linked to (null: nobody). */
  person: PersonState | null;
  /** 'auto': idp_assignment when the account signs in through Okta, else the given email method. */
  method: string | null | { auto: string };
  reviewCandidates?: PersonState[];
  findings: FindingType[];
  appFindings?: FindingType[];
  /** Record the Okta identity the account signs in with; or an explicit identity (an Entra guest). */
  identity?: 'signs-in-with' | IdentityRecord;
  accountStatus?: boolean;
  botName?: string;
  expect: string;
}

export class TruthRecorder {
  private readonly expected = new Map<string, KeyedFinding>();
  readonly hardCases: PlantedHardCase[] = [];

  hardCase(planted: PlantedHardCase): void {
    this.hardCases.push(planted);
  }

  /** An account-level finding (everything except the per-app sole_admin and unassigned_seats). */
  expectAccount(type: Exclude<FindingType, AppFindingType>, account: AccountState, plantedAs: string): void {
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
    this.expectApp('sole_admin', app);
  }

  /** A per-app finding; unlike sole_admin, unassigned_seats does not claim the app for a planted case. */
  expectApp(type: AppFindingType, app: AppState): void {
    const finding: KeyedFinding = { type, app: app.record.name, account: null, appId: app.record.id, accountId: null };
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

/** The planted hard cases as truth.json lists them, in planting order. */
export function toHardCases(planted: PlantedHardCase[], identities: IdentityRecord[]): HardCase[] {
  const byLogin = new Map(identities.filter((i) => i.idp === 'okta').map((i) => [i.login, i]));
  return planted.map((p): HardCase => {
    const account = p.account?.record ?? null;
    const signsIn = account?.identityLogin ? byLogin.get(account.identityLogin) : undefined;
    const method = p.method === null || typeof p.method === 'string' ? p.method : signsIn ? 'idp_assignment' : p.method.auto;
    const identity = p.identity === 'signs-in-with' ? signsIn : p.identity;
    return {
      case: p.case,
      app: p.app?.record.name ?? null,
      account: account?.email ?? null,
      person: p.person?.record.email ?? null,
      employeeId: p.person?.record.employeeId ?? null,
      method,
      reviewCandidates: p.reviewCandidates ? p.reviewCandidates.map((c) => c.record.employeeId).sort() : null,
      findings: [...p.findings].sort(),
      appFindings: [...(p.appFindings ?? [])].sort(),
      ...(account?.exportEmail ? { exportedAs: account.exportEmail } : {}),
      ...(identity ? { identity: { idp: identity.idp, status: identity.status, email: identity.email } } : {}),
      ...(account && account.kind !== 'human' ? { kind: account.kind } : {}),
      ...(account && p.accountStatus ? { accountStatus: account.status } : {}),
      ...(p.botName ? { botName: p.botName } : {}),
      expect: p.expect,
    };
  });
}
