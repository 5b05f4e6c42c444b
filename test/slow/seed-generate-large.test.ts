import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../seed/generate.js';
import {
  expectAccountsConsistent,
  expectFindingsListedOnce,
  expectHardCasesPlanted,
  expectManagerTree,
  expectTruthIsEvaluation,
  gen,
  NOW,
} from '../support/generated-org.js';

// The same checks as test/unit/seed-generate.test.ts, on organizations of thousands of people.

describe('generateOrg at thousands of people', () => {
  // How long generation takes is a benchmark's business (npm run bench:ingest prints it), not a test's.
  it('has roughly 12-15 accounts per person at 10,000 people', () => {
    const { org } = generateOrg({ people: 10_000, seed: 5, now: NOW });
    expect(org.accounts.length / 10_000).toBeGreaterThan(11.5);
    expect(org.accounts.length / 10_000).toBeLessThan(16);
  });

  it('has a manager tree at 2000 people: one root, no cycles, every manager exists and is active', () => {
    expectManagerTree(gen(2000, 9).org);
  });

  it('keeps account emails unique within an app and timestamps consistent at 2000 people', () => {
    expectAccountsConsistent(gen(2000, 9).org);
  });

  it('scales planted cases with headcount', () => {
    const small = gen(300, 42).truth.findings.length;
    const large = gen(5000, 11).truth.findings.length;
    // Families have a floor of 2 at 300 people, so growth is less than linear at the low end.
    expect(large).toBeGreaterThan(small * 4);
  });

  it('lists only accounts that exist in the org under that app, sorted, without repeats, at 5000 people', () => {
    const { org, truth } = gen(5000, 11);
    expectFindingsListedOnce(org, truth, 11);
  });

  it('equals what a literal reading of the findings README produces at 5000 people', () => {
    const { org, truth } = gen(5000, 11);
    expectTruthIsEvaluation(org, truth);
  });

  it('plants every hard case at 5000 people and lists each instance with its findings', () => {
    const { org, truth } = gen(5000, 7);
    expectHardCasesPlanted(org, truth);
  });
});
