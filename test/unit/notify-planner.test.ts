import { describe, expect, it } from 'vitest';
import { parseCadence } from '../../server/notifications/cadence.js';
import { messageText } from '../../server/notifications/message-text.js';
import { planMessages, type ClosedLoad, type OpenLoad, type PlannedMessage } from '../../server/notifications/planner.js';

const ALICE = { personId: 'p-alice', name: 'Alice Example', email: 'alice@example.com' };
const BOB = { personId: 'p-bob', name: 'Bob Example', email: 'bob@example.com' };
const Q4: Omit<OpenLoad, 'personId' | 'name' | 'email'> = {
  campaignId: 'c-q4',
  campaignName: 'Q4 review',
  dueAt: '2026-12-10T23:59:59.999Z',
  openItems: 4,
  escalatedDays: [],
};

/** Plans one pass a day from `from` to `to`, remembering what was planned as the outbox would. */
function simulate(open: (day: string) => OpenLoad[], from: string, to: string, cadenceText?: string): PlannedMessage[] {
  const sentParts = new Set<string>();
  const messagedOn = new Map<string, Set<string>>();
  const all: PlannedMessage[] = [];
  for (let t = Date.parse(`${from}T08:00:00Z`); t <= Date.parse(`${to}T08:00:00Z`); t += 86_400_000) {
    const now = new Date(t);
    const day = now.toISOString().slice(0, 10);
    // Two passes a day: the second must find nothing new.
    for (let pass = 0; pass < 2; pass++) {
      const planned = planMessages({
        open: open(day),
        closed: [],
        cadence: parseCadence(cadenceText),
        now,
        sentParts,
        messagedToday: messagedOn.get(day) ?? new Set(),
      });
      for (const message of planned) {
        for (const part of message.parts) sentParts.add(part.key);
        messagedOn.set(day, (messagedOn.get(day) ?? new Set()).add(message.personId));
      }
      all.push(...planned);
    }
  }
  return all;
}

const summary = (messages: PlannedMessage[]) =>
  messages.map(
    (m) =>
      `${m.day} ${m.name.split(' ')[0]} ${m.kind} ${m.parts.map((p) => `${p.kind}:${p.count}${p.daysLeft === null ? '' : `@${p.daysLeft}`}`).join(',')}`,
  );

describe('the notification planner', () => {
  it('announces the items, then reminds a week, 3 days and 1 day before, on the due date and daily while overdue, once each', () => {
    const messages = simulate(() => [{ ...Q4, ...ALICE }], '2026-12-01', '2026-12-13');
    expect(summary(messages)).toEqual([
      '2026-12-01 Alice assigned assigned:4',
      '2026-12-03 Alice reminder reminder:4@7',
      '2026-12-07 Alice reminder reminder:4@3',
      '2026-12-09 Alice reminder reminder:4@1',
      '2026-12-10 Alice reminder reminder:4@0',
      '2026-12-11 Alice reminder reminder:4@-1',
      '2026-12-12 Alice reminder reminder:4@-2',
      '2026-12-13 Alice reminder reminder:4@-3',
    ]);
  });

  it('follows a configured cadence, and stops reminding someone who has decided everything', () => {
    const open = (day: string) => (day < '2026-12-09' ? [{ ...Q4, ...ALICE }] : [{ ...Q4, ...ALICE, openItems: 0 }]);
    expect(summary(simulate(open, '2026-12-01', '2026-12-12', '8, 2, overdue'))).toEqual([
      '2026-12-01 Alice assigned assigned:4',
      '2026-12-02 Alice reminder reminder:4@8',
      '2026-12-08 Alice reminder reminder:4@2',
    ]);
    expect(summary(simulate(() => [{ ...Q4, ...ALICE }], '2026-12-01', '2026-12-12', 'none'))).toEqual([
      '2026-12-01 Alice assigned assigned:4',
    ]);
  });

  it('merges what is due for one person into one digest a day, and says what was escalated to whom', () => {
    const loads: OpenLoad[] = [
      { ...Q4, ...ALICE, openItems: 2 },
      { ...Q4, ...BOB, openItems: 5, escalatedDays: ['2026-12-11', '2026-12-11'] },
      { ...Q4, ...BOB, campaignId: 'c-apps', campaignName: 'Admin roles', dueAt: '2026-12-14T23:59:59.999Z', openItems: 1 },
    ];
    const planned = planMessages({
      open: loads,
      closed: [],
      cadence: parseCadence(),
      now: new Date('2026-12-11T09:00:00Z'),
      sentParts: new Set(['assigned:c-q4:p-alice', 'assigned:c-q4:p-bob', 'assigned:c-apps:p-bob']),
      messagedToday: new Set(),
    });
    expect(summary(planned)).toEqual([
      '2026-12-11 Alice reminder reminder:2@-1',
      '2026-12-11 Bob digest reminder:1@3,escalation:2,reminder:5@-1',
    ]);
    const [, bob] = planned;
    const text = messageText(bob!, 'https://attest.example.com/');
    expect(text.subject).toBe('Access reviews: 3 updates for you');
    expect(text.link).toBe('https://attest.example.com/my-reviews');
    expect(text.text).toContain('2 items in “Q4 review” escalated to you');
    expect(text.text).toContain('1 item still open in “Admin roles”, due in 3 days (2026-12-14).');
  });

  it('announces items newly escalated to a manager who already reviews in the campaign', () => {
    const planned = planMessages({
      open: [{ ...Q4, ...BOB, openItems: 3, escalatedDays: ['2026-12-11'] }],
      closed: [],
      cadence: parseCadence('none'),
      now: new Date('2026-12-12T06:00:00Z'),
      sentParts: new Set(['assigned:c-q4:p-bob']),
      messagedToday: new Set(),
    });
    expect(summary(planned)).toEqual(['2026-12-12 Bob escalation escalation:1']);
    expect(messageText(planned[0]!, 'http://localhost:4000').link).toBe('http://localhost:4000/my-reviews?campaign=c-q4');
  });

  it('keeps what arises after today’s message for tomorrow’s, and tells reviewers of a campaign closed this week only', () => {
    const closed: ClosedLoad[] = [
      { ...ALICE, campaignId: 'c-q3', campaignName: 'Q3 review', closedAt: '2026-12-10T15:00:00Z', items: 7 },
      { ...BOB, campaignId: 'c-q2', campaignName: 'Q2 review', closedAt: '2026-11-20T15:00:00Z', items: 3 },
    ];
    const input = { open: [], closed, cadence: parseCadence(), sentParts: new Set<string>() };
    expect(planMessages({ ...input, now: new Date('2026-12-10T18:00:00Z'), messagedToday: new Set(['p-alice']) })).toEqual([]);
    const tomorrow = planMessages({ ...input, now: new Date('2026-12-11T00:15:00Z'), messagedToday: new Set() });
    expect(summary(tomorrow)).toEqual(['2026-12-11 Alice closed closed:7']);
    expect(messageText(tomorrow[0]!, 'http://x').subject).toBe('“Q3 review” is closed');
  });

  it('refuses a cadence it cannot read', () => {
    expect(parseCadence('14, 3,overdue')).toEqual({ daysBefore: [14, 3], overdueDaily: true });
    expect(() => parseCadence('7,weekly')).toThrow(/"weekly" is neither a number of days/);
  });
});
