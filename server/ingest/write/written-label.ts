import type { RecordLabel } from '../model.js';

/** Every label an import writes: its records, and the apps, roles and seat types they name. */
export type WrittenLabel = RecordLabel | 'App' | 'Role' | 'SeatType';
