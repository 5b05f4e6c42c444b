/**
 * The HR roster: people in departments under a manager tree (CEO -> heads -> managers -> ICs),
 * with titles, start dates, employee ids, work and alternate emails, and statuses.
 */
import type { Counts } from './counts.js';
import { CEO_DEPARTMENT, CEO_TITLE, DEPARTMENTS, type DepartmentSpec } from './departments.js';
import { emailWord, FIRST_NAMES, LAST_NAMES } from './names.js';
import type { PersonRecord } from './org.types.js';
import type { Rng } from './random.js';
import { PRIMARY_DOMAIN, type PersonCategory, type PersonState } from './state.js';
import { DAY_MS, dayStart, isoDate } from './time.js';

const MAX_SPAN = 9;
const MIN_SPAN = 4;

interface Draft {
  index: number;
  spec: DepartmentSpec;
  firstName: string;
  lastName: string;
  local: string;
  manager: Draft | null;
  reports: Draft[];
  isHead: boolean;
  isCeo: boolean;
  category: PersonCategory;
  startMs: number;
  endMs: number | null;
  leaveSinceMs: number | null;
  suspendedSinceMs: number | null;
}

/** Headcount per department: the CEO aside, every department gets at least its head. */
function departmentSizes(rng: Rng, others: number): Map<DepartmentSpec, number> {
  const sizes = new Map<DepartmentSpec, number>(DEPARTMENTS.map((spec) => [spec, 1]));
  const rest = others - DEPARTMENTS.length;
  const totalWeight = DEPARTMENTS.reduce((sum, spec) => sum + spec.weight, 0);
  let given = 0;
  const remainders: { spec: DepartmentSpec; remainder: number }[] = [];
  for (const spec of DEPARTMENTS) {
    const exact = (rest * spec.weight) / totalWeight;
    const whole = Math.floor(exact);
    sizes.set(spec, (sizes.get(spec) ?? 0) + whole);
    given += whole;
    remainders.push({ spec, remainder: exact - whole + rng.float() * 1e-6 });
  }
  remainders.sort((a, b) => b.remainder - a.remainder);
  for (let i = 0; i < rest - given; i += 1) {
    const item = remainders[i % remainders.length];
    if (item) sizes.set(item.spec, (sizes.get(item.spec) ?? 0) + 1);
  }
  return sizes;
}

/** Places `pool` under `manager`: small pools report directly, larger ones get sub-managers. */
function buildTree(rng: Rng, manager: Draft, members: Draft[]): void {
  const pool = rng.shuffle(members);
  if (pool.length <= MAX_SPAN) {
    for (const draft of pool) attach(manager, draft);
    return;
  }
  const subManagers = Math.min(MAX_SPAN, Math.max(2, Math.ceil(pool.length / 8)));
  const direct = Math.max(0, MIN_SPAN - subManagers);
  const leads = pool.slice(0, subManagers);
  const directs = pool.slice(subManagers, subManagers + direct);
  const rest = pool.slice(subManagers + direct);
  for (const draft of [...leads, ...directs]) attach(manager, draft);
  const chunks: Draft[][] = leads.map(() => []);
  rest.forEach((draft, i) => chunks[i % leads.length]?.push(draft));
  leads.forEach((lead, i) => buildTree(rng, lead, chunks[i] ?? []));
}

function attach(manager: Draft, draft: Draft): void {
  draft.manager = manager;
  manager.reports.push(draft);
}

function nameDrafts(rng: Rng, people: number, usedLocalParts: Set<string>): { firstName: string; lastName: string; local: string }[] {
  const out: { firstName: string; lastName: string; local: string }[] = [];
  for (let i = 0; i < people; i += 1) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const base = `${emailWord(firstName)}.${emailWord(lastName)}`;
    let local = base;
    for (let n = 2; usedLocalParts.has(local); n += 1) local = `${base}${n}`;
    usedLocalParts.add(local);
    out.push({ firstName, lastName, local });
  }
  return out;
}

function titleOf(rng: Rng, draft: Draft): string {
  if (draft.isCeo) return CEO_TITLE;
  if (draft.isHead) return draft.spec.headTitle;
  if (draft.reports.some((report) => report.reports.length > 0)) return draft.spec.directorTitle;
  if (draft.reports.length > 0) return draft.spec.managerTitle;
  return rng.pick(draft.spec.icTitles);
}

/** Assigns statuses to individual contributors (managers and heads are always active). */
function assignCategories(rng: Rng, drafts: Draft[], counts: Counts): void {
  const ics = rng.shuffle(drafts.filter((d) => !d.isCeo && !d.isHead && d.reports.length === 0));
  const isMarketing = (d: Draft): boolean => d.spec.name === 'Marketing';
  /** Gives `category` to `count` clean ICs, the first one from marketing when `marketerFirst`. */
  const take = (count: number, category: PersonCategory, marketerFirst: boolean): void => {
    const ordered = marketerFirst ? [...ics.filter(isMarketing).slice(0, 1), ...ics] : ics;
    let remaining = count;
    for (const draft of ordered) {
      if (remaining <= 0) break;
      if (draft.category !== 'clean') continue;
      draft.category = category;
      remaining -= 1;
    }
  };
  // Keep at least two clean ICs at tiny sizes.
  let budget = Math.max(0, ics.length - 2);
  const wanted: [number, PersonCategory, boolean][] = [
    // A marketer among the leavers and among those gone long ago, for Jasper's integrations.
    [counts.leaversWithLiveAccounts, 'leaver-orphan', true],
    [counts.suspendedIdentities, 'suspended', false],
    [counts.onLeave, 'leave', false],
    [counts.terminatedLongAgo, 'gone', true],
    [counts.futureHires, 'future', false],
    [counts.leaversOffboarded, 'leaver-clean', false],
  ];
  for (const [count, category, marketerFirst] of wanted) {
    const n = Math.min(count, budget);
    take(n, category, marketerFirst);
    budget -= n;
  }
}

function assignDates(rng: Rng, nowMs: number, draft: Draft): void {
  const today = dayStart(nowMs);
  const ago = (min: number, max: number): number => today - rng.int(min, max) * DAY_MS;
  if (draft.isCeo) {
    draft.startMs = ago(2800, 3000);
    return;
  }
  switch (draft.category) {
    case 'future':
      draft.startMs = today + rng.int(5, 30) * DAY_MS;
      return;
    case 'gone':
      draft.endMs = ago(90, 900);
      draft.startMs = draft.endMs - rng.int(150, 1500) * DAY_MS;
      return;
    case 'leaver-clean':
    case 'leaver-orphan':
      draft.endMs = ago(10, 40);
      draft.startMs = draft.endMs - rng.int(400, 1800) * DAY_MS;
      return;
    case 'leave':
      draft.leaveSinceMs = ago(130, 300);
      draft.startMs = draft.leaveSinceMs - rng.int(200, 1500) * DAY_MS;
      return;
    case 'suspended':
      draft.suspendedSinceMs = ago(10, 40);
      draft.startMs = ago(400, 2000);
      return;
    case 'clean':
      if (draft.isHead) draft.startMs = ago(900, 2800);
      else if (draft.reports.length > 0) draft.startMs = ago(400, 2600);
      else if (rng.chance(0.08)) draft.startMs = ago(3, 90);
      else draft.startMs = ago(90, 2400);
      return;
  }
}

export interface Roster {
  persons: PersonState[];
}

export function buildRoster(rng: Rng, people: number, nowMs: number, counts: Counts, usedLocalParts: Set<string>): Roster {
  const names = nameDrafts(rng.fork('names'), people, usedLocalParts);
  const sizes = departmentSizes(rng.fork('departments'), people - 1);
  const ceoSpec = DEPARTMENTS.find((spec) => spec.name === CEO_DEPARTMENT);
  if (!ceoSpec) throw new Error(`unknown CEO department ${CEO_DEPARTMENT}`);

  let index = 0;
  const makeDraft = (spec: DepartmentSpec): Draft => {
    const name = names[index];
    if (!name) throw new Error('roster: ran out of names');
    const draft: Draft = {
      index,
      spec,
      ...name,
      manager: null,
      reports: [],
      isHead: false,
      isCeo: false,
      category: 'clean',
      startMs: 0,
      endMs: null,
      leaveSinceMs: null,
      suspendedSinceMs: null,
    };
    index += 1;
    return draft;
  };

  const ceo = makeDraft(ceoSpec);
  ceo.isCeo = true;
  const drafts: Draft[] = [ceo];
  const treeRng = rng.fork('tree');
  for (const spec of DEPARTMENTS) {
    const size = sizes.get(spec) ?? 0;
    if (size <= 0) continue;
    const head = makeDraft(spec);
    head.isHead = true;
    attach(ceo, head);
    const members: Draft[] = [];
    for (let i = 1; i < size; i += 1) members.push(makeDraft(spec));
    drafts.push(head, ...members);
    buildTree(treeRng, head, members);
  }

  assignCategories(rng.fork('categories'), drafts, counts);
  const dateRng = rng.fork('dates');
  for (const draft of drafts) assignDates(dateRng, nowMs, draft);

  // Employee ids follow hiring order (earliest start first); ties by draft order.
  const byStart = [...drafts].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const idOf = new Map<Draft, string>();
  byStart.forEach((draft, i) => idOf.set(draft, `E${String(i + 1).padStart(5, '0')}`));

  const titleRng = rng.fork('titles');
  const persons = byStart.map((draft): PersonState => {
    const id = idOf.get(draft) ?? '';
    const record: PersonRecord = {
      id,
      employeeId: id,
      firstName: draft.firstName,
      lastName: draft.lastName,
      displayName: `${draft.firstName} ${draft.lastName}`,
      email: `${draft.local}@${PRIMARY_DOMAIN}`,
      alternateEmails: [],
      department: draft.isCeo ? CEO_DEPARTMENT : draft.spec.name,
      title: titleOf(titleRng, draft),
      status:
        draft.category === 'leave' ? 'leave' : draft.category === 'gone' || draft.category.startsWith('leaver') ? 'terminated' : 'active',
      startDate: isoDate(draft.startMs),
      endDate: draft.endMs === null ? null : isoDate(draft.endMs),
      managerId: draft.manager ? (idOf.get(draft.manager) ?? null) : null,
    };
    return {
      record,
      department: draft.isCeo ? CEO_DEPARTMENT : draft.spec.name,
      category: draft.category,
      startMs: draft.startMs,
      endMs: draft.endMs,
      leaveSinceMs: draft.leaveSinceMs,
      suspendedSinceMs: draft.suspendedSinceMs,
      identity: null,
      isManager: draft.reports.length > 0,
      isHead: draft.isHead || draft.isCeo,
      plantedAs: null,
      accounts: [],
    };
  });

  assignAlternateEmails(rng.fork('alternates'), persons, usedLocalParts);
  return { persons };
}

/** Initials-form alternates (jdoe@acme.com) for about 15% of people, never colliding with any address. */
function assignAlternateEmails(rng: Rng, persons: PersonState[], usedLocalParts: Set<string>): void {
  const give = (person: PersonState): boolean => {
    const local = `${emailWord(person.record.firstName).slice(0, 1)}${emailWord(person.record.lastName)}`;
    if (usedLocalParts.has(local)) return false;
    usedLocalParts.add(local);
    person.record.alternateEmails.push(`${local}@${PRIMARY_DOMAIN}`);
    return true;
  };
  let cleanWithAlternate = 0;
  for (const person of persons) {
    if (person.category === 'future') continue;
    if (rng.chance(0.15) && give(person) && person.category === 'clean') cleanWithAlternate += 1;
  }
  // Duplicate-account cases need clean people with an alternate, even in tiny organizations.
  for (const person of rng.shuffle(persons)) {
    if (cleanWithAlternate >= 6) break;
    if (person.category === 'clean' && person.record.alternateEmails.length === 0 && give(person)) cleanWithAlternate += 1;
  }
}
