import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInLimits {
  /** Password sign-ins that may fail for one account within `windowSeconds` before the account is locked. */
  failuresPerAccount: number;
  /** The same for one client address, whichever accounts it tries. */
  failuresPerAddress: number;
  windowSeconds: number;
  /** How long the first lock lasts; each further lock of the same account or address within a day lasts twice as long. */
  firstLockSeconds: number;
  maxLockSeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  failuresPerAccount: 5,
  failuresPerAddress: 20,
  windowSeconds: 15 * 60,
  firstLockSeconds: 60,
  maxLockSeconds: 60 * 60,
};

const DAY_SECONDS = 24 * 60 * 60;

export type SignInAttempt =
  | { refused: true; retryAfterSeconds: number }
  | {
      refused: false;
      /** The password was right: the attempt no longer counts, and the account's failures are forgotten. */
      succeeded(): Promise<void>;
    };

/**
 * Limits failed password sign-ins per account and per client address, in this process's memory.
 * Each attempt counts as failed before its password is checked, so attempts sent in parallel cannot
 * slip past the limit; a right password takes it back. Past the limit, the account or address is
 * locked (429 with Retry-After) for firstLockSeconds, twice as long each time again within a day.
 */
export class SignInThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(limits: SignInLimits = SIGN_IN_LIMITS) {
    this.accounts = new FailureCounter('account', limits.failuresPerAccount, limits);
    this.addresses = new FailureCounter('address', limits.failuresPerAddress, limits);
  }

  async attempt(rawEmail: string, address: string): Promise<SignInAttempt> {
    const account = rawEmail.trim().toLowerCase();
    const addressWaitMs = await this.addresses.take(address);
    if (addressWaitMs > 0) return refusedFor(addressWaitMs);
    const accountWaitMs = await this.accounts.take(account);
    if (accountWaitMs > 0) {
      await this.addresses.giveBack(address);
      return refusedFor(accountWaitMs);
    }
    return {
      refused: false,
      succeeded: async () => {
        await this.accounts.forget(account);
        await this.addresses.giveBack(address);
      },
    };
  }
}

function refusedFor(waitMs: number): SignInAttempt {
  return { refused: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Failures of one kind of key (accounts or addresses) in a window, and the locks past the limit. */
class FailureCounter {
  private readonly failures: RateLimiterMemory;
  /** How often each key was locked within a day: the next lock lasts 2^that × firstLockSeconds. */
  private readonly locks: RateLimiterMemory;

  constructor(
    prefix: string,
    private readonly allowed: number,
    private readonly limits: SignInLimits,
  ) {
    this.failures = new RateLimiterMemory({ keyPrefix: `sign-in-${prefix}`, points: allowed, duration: limits.windowSeconds });
    this.locks = new RateLimiterMemory({ keyPrefix: `sign-in-${prefix}-locks`, points: 1, duration: DAY_SECONDS });
  }

  /** Counts one failure for the key: 0 when it is within the limit, else how many ms the key stays locked. */
  async take(key: string): Promise<number> {
    try {
      await this.failures.consume(key);
      return 0;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Only the attempt that goes over the limit starts a lock; the later ones wait for it.
      if (rejection.consumedPoints !== this.allowed + 1) return rejection.msBeforeNext;
      const earlierLocks = (await this.locks.penalty(key)).consumedPoints - 1;
      const seconds = Math.min(this.limits.firstLockSeconds * 2 ** earlierLocks, this.limits.maxLockSeconds);
      await this.failures.block(key, seconds);
      return seconds * 1000;
    }
  }

  async giveBack(key: string): Promise<void> {
    await this.failures.reward(key);
  }

  async forget(key: string): Promise<void> {
    await this.failures.delete(key);
  }
}
