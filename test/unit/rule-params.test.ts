import { describe, expect, it } from 'vitest';
import { domainsFromHr } from '../../server/findings/rule-params.js';

describe('org domains read from HR when none are configured', () => {
  it("keeps the domains of at least 10% of the people, not a contractor's personal gmail.com", () => {
    expect(
      domainsFromHr([
        { domain: 'acme.com', people: 290 },
        { domain: 'gmail.com', people: 1 },
        { domain: 'Acme-Labs.com', people: 40 },
      ]),
    ).toEqual(['acme.com', 'acme-labs.com']);
  });

  it('takes the most common domain when none reaches 10%', () => {
    const spread = Array.from({ length: 20 }, (_, i) => ({ domain: `d${String(i).padStart(2, '0')}.com`, people: i === 7 ? 9 : 5 }));
    expect(domainsFromHr(spread)).toEqual(['d07.com']);
  });

  it('is empty without people', () => {
    expect(domainsFromHr([])).toEqual([]);
  });
});
