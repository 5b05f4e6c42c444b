import { readFileSync } from 'node:fs';
import { isEnumType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { printWebFindingTypes } from '../../server/api/print-finding-types.js';
import { buildApiSchema } from '../../server/api/schema.js';
import { catalogEntrySchema } from '../../server/catalog/catalog.schema.js';
import { findingTypesOf } from '../../server/findings/rule.js';
import { RULES } from '../../server/findings/rules/index.js';
import { recommend } from '../../server/reviews/recommendation.js';

// The registry with one more rule, written the way a new rule file is, and nothing else changed:
// everything that names finding types must pick it up.
vi.mock('../../server/findings/rules/index.js', async (importOriginal) => {
  const registry = await importOriginal<typeof import('../../server/findings/rules/index.js')>();
  const { defineRule, findingTypesOf } = await import('../../server/findings/rule.js');
  const { z } = await import('zod');
  const staleOauthToken = defineRule({
    type: 'stale_oauth_token',
    label: 'Stale OAuth token',
    pluralLabel: 'Stale OAuth tokens',
    description: 'An OAuth token nobody has used for a year.',
    cypher: `MATCH (t:Token) WHERE t.lastUsedAt < datetime($now) - duration({days: 365}) RETURN t`,
    facts: z.object({}),
    describe: () => ({ severity: 'low', reason: 'Token idle', suggestedAction: 'Revoke the token', evidence: [], monthlyCost: 0 }),
    recommendation: { revoke: true, phrase: (finding) => `token idle ${finding.ageDays} days` },
  });
  const RULES = [...registry.RULES, staleOauthToken];
  return { ...registry, RULES, FINDING_TYPES: findingTypesOf(RULES) };
});

function slackWithCaveatFor(findingType: string): unknown {
  const slack = JSON.parse(readFileSync(new URL('../../schema/catalog/slack.json', import.meta.url), 'utf8')) as { caveats: unknown[] };
  return { ...slack, caveats: [...slack.caveats, { topic: 'Tokens', text: 'Slack tokens never expire.', findingType }] };
}

describe('a rule added to the registry', () => {
  it('is a value of the GraphQL FindingType enum, described by its rule', async () => {
    const findingType = (await buildApiSchema()).getType('FindingType');
    if (!isEnumType(findingType)) throw new Error('FindingType is not an enum');
    const value = findingType.getValue('STALE_OAUTH_TOKEN');
    expect(value?.value).toBe('stale_oauth_token');
    expect(value?.description).toBe('An OAuth token nobody has used for a year.');
    expect(findingType.getValue('ORPHANED_ACCOUNT')?.value).toBe('orphaned_account');
  });

  it('is a finding type a catalog caveat may name', () => {
    expect(catalogEntrySchema.safeParse(slackWithCaveatFor('stale_oauth_token')).success).toBe(true);
    expect(catalogEntrySchema.safeParse(slackWithCaveatFor('no_such_rule')).success).toBe(false);
  });

  it('gives access reviews its recommendation', () => {
    const finding = { type: 'stale_oauth_token', monthlyCost: 0, ageDays: 400, personId: 'p-1', personStatus: 'active' };
    expect(recommend([finding], 'USD')).toEqual({ recommendation: 'revoke', reason: 'revoke: token idle 400 days' });
  });

  it("is listed, with its labels and description, in the dashboard's generated finding types", () => {
    expect(printWebFindingTypes()).toContain(`  {
    type: "STALE_OAUTH_TOKEN",
    label: "Stale OAuth token",
    pluralLabel: "Stale OAuth tokens",
    description: "An OAuth token nobody has used for a year.",
  },
] as const;`);
  });
});

describe('the registry', () => {
  it('refuses two rules that claim one finding type', () => {
    const [first] = RULES;
    expect(() => findingTypesOf([...RULES, first])).toThrow('finding type(s) registered by more than one rule: orphaned_account');
  });
});
