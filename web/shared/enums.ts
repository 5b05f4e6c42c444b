import { FINDING_TYPE_INFO } from '../generated/finding-types.js';
import type { FindingType, Severity } from '../graphql/graphql.js';

/**
 * Curried so the enum is named and the list inferred: `everyValue<Severity>()(['CRITICAL', …])`.
 * The compiler rejects a list that misses a value of the generated enum type, so a value added to
 * the schema cannot silently drop out of a filter or a URL.
 */
export function everyValue<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

/** `enum FindingType`, in the dashboard's order, from the server's finding rules (web/generated/finding-types.ts). */
export const FINDING_TYPES: readonly FindingType[] = FINDING_TYPE_INFO.map((info) => info.type);

/** `enum Severity`, worst first. */
export const SEVERITIES = everyValue<Severity>()(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);

export function isFindingType(value: string): value is FindingType {
  return (FINDING_TYPES as readonly string[]).includes(value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
