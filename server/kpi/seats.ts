import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { SEAT_COST_SOURCES, type SeatCostSource } from '../catalog/vocabulary.js';
import { WASTE_CAUSES, type WasteCause } from '../findings/waste-causes.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { SEATS_BY_APP } from './seats.queries.js';

/** One app and one of its seat types; the seat type's columns are null for an app with none. */
const seatRow = z.object({
  appId: z.string(),
  appName: z.string(),
  catalogKey: z.string().nullable(),
  seatTypeId: z.string().nullable(),
  seatType: z.string().nullable(),
  monthlyCost: z.number(),
  costSource: z.string(),
  currency: z.string(),
  capacity: z.number().nullable(),
  held: z.number(),
  used: z.number(),
  inactiveHeld: z.number(),
  pendingHeld: z.number(),
  orphanedHeld: z.number(),
  duplicateHeld: z.number(),
  suspendedHeld: z.number(),
});

export interface SeatLine {
  appId: string;
  appName: string;
  seatTypeId: string;
  seatType: string | null;
  /** 0 when the cost is unknown (costSource "unknown"). */
  monthlyCost: number;
  costSource: SeatCostSource;
  currency: string;
  capacity: number | null;
  held: number;
  used: number;
  paid: number;
}

/** Held seats split by what they are doing; the six add up to the seats held. */
export interface SeatSplit {
  seatsUsed: number;
  seatsInactive: number;
  seatsPending: number;
  seatsOrphaned: number;
  seatsDuplicate: number;
  seatsSuspended: number;
}

/** Seats wasted for one cause (a waste-bearing finding type) and what they cost a month. */
export interface WasteShare {
  type: WasteCause;
  seats: number;
  monthlyCost: number;
}

export interface AppSeats extends SeatSplit {
  appId: string;
  appName: string;
  lines: SeatLine[];
  seatsPaid: number;
  seatsHeld: number;
  /** Paid seats no account holds (unassigned_seats). */
  seatsUnassigned: number;
  /** Seats held at a cost nobody knows yet: spend and waste leave them out. */
  seatsAtUnknownCost: number;
  monthlySpend: number;
  monthlyWaste: number;
  /** monthlyWaste by cause, in WASTE_CAUSES order; adds up to monthlyWaste. */
  wasteByCause: WasteShare[];
  currency: string;
}

/**
 * Paid seats are the purchased capacity, or the seats held where capacity is unknown (never fewer than
 * held); an app billed per active user pays for the held seats that are not inactive. Waste is the
 * paid seats not in real use, split by cause: the held seats under each waste finding (seat usage
 * counts each seat under one, in WASTE_CAUSES order) and the paid seats nobody holds.
 */
export async function seatsByApp(graph: Graph, catalog: Catalog, appId: string | null = null): Promise<AppSeats[]> {
  const rows = await readRows(graph, SEATS_BY_APP, { appId }, seatRow, 'seats');
  const byApp = new Map<string, AppSeats>();
  for (const row of rows) {
    const id = row.appId;
    const app = byApp.get(id) ?? {
      appId: id,
      appName: row.appName,
      lines: [],
      seatsPaid: 0,
      seatsUsed: 0,
      seatsInactive: 0,
      seatsPending: 0,
      seatsOrphaned: 0,
      seatsDuplicate: 0,
      seatsSuspended: 0,
      seatsHeld: 0,
      seatsUnassigned: 0,
      seatsAtUnknownCost: 0,
      monthlySpend: 0,
      monthlyWaste: 0,
      wasteByCause: WASTE_CAUSES.map((type) => ({ type, seats: 0, monthlyCost: 0 })),
      currency: row.currency,
    };
    byApp.set(id, app);
    if (row.seatTypeId === null || row.seatType === null) continue;
    const perActiveUser = row.catalogKey !== null && catalog.find(row.catalogKey)?.billingModel === 'per_active_user';
    const heldRaw = row.held;
    const held = perActiveUser ? heldRaw - row.inactiveHeld : heldRaw;
    const used = row.used;
    const capacity = row.capacity;
    const paid = perActiveUser || capacity === null ? held : Math.max(capacity, held);
    const cost = row.monthlyCost;
    const costSource = SEAT_COST_SOURCES.find((source) => source === row.costSource) ?? 'catalog';
    app.lines.push({
      appId: id,
      appName: app.appName,
      seatTypeId: row.seatTypeId,
      seatType: row.seatType,
      monthlyCost: cost,
      costSource,
      currency: row.currency,
      capacity,
      held: heldRaw,
      used,
      paid,
    });
    if (costSource === 'unknown') app.seatsAtUnknownCost += heldRaw;
    app.seatsPaid += paid;
    app.seatsUsed += used;
    app.seatsInactive += row.inactiveHeld;
    app.seatsPending += row.pendingHeld;
    app.seatsOrphaned += row.orphanedHeld;
    app.seatsDuplicate += row.duplicateHeld;
    app.seatsSuspended += row.suspendedHeld;
    app.seatsHeld += heldRaw;
    app.monthlySpend += paid * cost;
    app.monthlyWaste += Math.max(paid - used, 0) * cost;
    const wasted: Record<WasteCause, number> = {
      orphaned_account: row.orphanedHeld,
      duplicate_account: row.duplicateHeld,
      inactive_user: perActiveUser ? 0 : row.inactiveHeld,
      pending_invite: row.pendingHeld,
      suspended_seat: row.suspendedHeld,
      unassigned_seats: paid - held,
    };
    // The unassigned-seats finding counts only seats that cost something.
    if (cost > 0) app.seatsUnassigned += paid - held;
    for (const share of app.wasteByCause) {
      if (share.type === 'unassigned_seats' && cost === 0) continue;
      share.seats += wasted[share.type];
      share.monthlyCost += wasted[share.type] * cost;
    }
  }
  return [...byApp.values()];
}
