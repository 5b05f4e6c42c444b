import type { RecordLabel } from '../model.js';

/** Every label an import writes: its records, and the apps, roles and seat types they name. */
export type WrittenLabel = RecordLabel | 'App' | 'Role' | 'SeatType';

/** Labels staged records point at (IN, HAS_ROLE, USES_SEAT, OF), so staged ones are looked up by id. */
export const TARGET_LABELS: ReadonlySet<WrittenLabel> = new Set(['App', 'Role', 'SeatType']);
