import type { Cadence } from './cadence.js';

export const NOTIFICATION_KINDS = ['assigned', 'reminder', 'escalation', 'closed', 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type PartKind = Exclude<NotificationKind, 'digest'>;

export interface PlannedPerson {
  personId: string;
  name: string;
  email: string | null;
}

/** One reviewer's open items in one active campaign. */
export interface OpenLoad extends PlannedPerson {
  campaignId: string;
  campaignName: string;
  dueAt: string;
  openItems: number;
  /** UTC days (YYYY-MM-DD) on which open items were escalated to this person, one entry per item. */
  escalatedDays: string[];
}

/** Someone who reviewed in a campaign closed lately. */
export interface ClosedLoad extends PlannedPerson {
  campaignId: string;
  campaignName: string;
  closedAt: string;
  items: number;
}

export interface PlanInput {
  open: OpenLoad[];
  closed: ClosedLoad[];
  cadence: Cadence;
  now: Date;
  /** Part keys some earlier message already carried (whatever became of it). */
  sentParts: ReadonlySet<string>;
  /** People who already have today's message: what else is due waits for tomorrow's. */
  messagedToday: ReadonlySet<string>;
}

/** One thing to tell someone about one campaign; its key makes it go out once. */
export interface MessagePart {
  key: string;
  kind: PartKind;
  campaignId: string;
  campaignName: string;
  /** Items it is about: assigned and open (assigned, reminder), escalated, or reviewed (closed). */
  count: number;
  dueAt: string | null;
  /** Days left until the due date (negative: overdue); reminders only. */
  daysLeft: number | null;
}

/** Today's one message to one person: a single part, or a digest of several. */
export interface PlannedMessage extends PlannedPerson {
  day: string;
  kind: NotificationKind;
  parts: MessagePart[];
}

/** Escalations and closes older than this are not announced (e.g. when notifications are switched on later). */
const RECENT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What is due today (UTC), one message per person: new assignments, the reminder steps of the
 * cadence, items escalated to someone, campaigns closed. Pure: the outbox decides nothing else.
 */
export function planMessages(input: PlanInput): PlannedMessage[] {
  const today = dayOf(input.now);
  const recentSince = dayOf(new Date(input.now.getTime() - RECENT_DAYS * DAY_MS));
  const byPerson = new Map<string, { person: PlannedPerson; parts: MessagePart[] }>();
  const add = (person: PlannedPerson, part: MessagePart): void => {
    if (input.sentParts.has(part.key) || input.messagedToday.has(person.personId)) return;
    const entry = byPerson.get(person.personId) ?? {
      person: { personId: person.personId, name: person.name, email: person.email },
      parts: [],
    };
    if (entry.parts.some((known) => known.key === part.key)) return;
    entry.parts.push(part);
    byPerson.set(person.personId, entry);
  };

  for (const load of input.open) {
    if (load.openItems <= 0) continue;
    const campaign = { campaignId: load.campaignId, campaignName: load.campaignName, dueAt: load.dueAt };
    const escalated = load.escalatedDays.length;
    const assignedKey = `assigned:${load.campaignId}:${load.personId}`;
    const announcing = load.openItems > escalated && !input.sentParts.has(assignedKey);
    if (announcing) add(load, { key: assignedKey, kind: 'assigned', ...campaign, count: load.openItems - escalated, daysLeft: null });
    for (const [day, count] of countByDay(load.escalatedDays)) {
      if (day < recentSince || day > today) continue;
      add(load, { key: `escalation:${load.campaignId}:${load.personId}:${day}`, kind: 'escalation', ...campaign, count, daysLeft: null });
    }
    const daysLeft = daysBetween(today, dayOf(new Date(load.dueAt)));
    const remind = daysLeft < 0 ? input.cadence.overdueDaily : input.cadence.daysBefore.includes(daysLeft);
    // The announcement says when the items are due; a reminder the same day would say it twice.
    if (remind && !announcing) {
      add(load, {
        key: `reminder:${load.campaignId}:${load.personId}:${today}`,
        kind: 'reminder',
        ...campaign,
        count: load.openItems,
        daysLeft,
      });
    }
  }
  for (const load of input.closed) {
    if (dayOf(new Date(load.closedAt)) < recentSince) continue;
    add(load, {
      key: `closed:${load.campaignId}:${load.personId}`,
      kind: 'closed',
      campaignId: load.campaignId,
      campaignName: load.campaignName,
      count: load.items,
      dueAt: null,
      daysLeft: null,
    });
  }

  return [...byPerson.values()]
    .map(({ person, parts }) => ({
      ...person,
      day: today,
      kind: parts.length === 1 && parts[0] ? parts[0].kind : ('digest' as const),
      parts: parts.sort(byCampaignThenKind),
    }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
}

/** The UTC day of a time, YYYY-MM-DD. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

function countByDay(days: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  return counts;
}

const KIND_ORDER: PartKind[] = ['escalation', 'assigned', 'reminder', 'closed'];

function byCampaignThenKind(a: MessagePart, b: MessagePart): number {
  return a.campaignName.localeCompare(b.campaignName) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}
