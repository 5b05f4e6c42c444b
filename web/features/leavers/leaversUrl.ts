import type { LeaverOutcome } from '../../graphql/graphql.js';

/** The outcomes the page filters on, in the URL's words (`/leavers?outcome=late`), as the CSV takes them too. */
export const OUTCOME_CHOICES: readonly { value: string; label: string; outcome: LeaverOutcome }[] = [
  { value: 'late', label: 'Late', outcome: 'LATE' },
  { value: 'active', label: 'Still active past SLA', outcome: 'ACTIVE' },
  { value: 'within', label: 'Within SLA', outcome: 'WITHIN' },
  { value: 'pending', label: 'SLA running', outcome: 'PENDING' },
  { value: 'unknown', label: 'Time unknown', outcome: 'UNKNOWN' },
];

export interface LeaversUrlFilter {
  from: string;
  to: string;
  outcome: string;
}

export function parseLeaversUrl(params: URLSearchParams): LeaversUrlFilter {
  const outcome = params.get('outcome') ?? '';
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    outcome: OUTCOME_CHOICES.some((choice) => choice.value === outcome) ? outcome : '',
  };
}

export function leaversSearchParams(filter: LeaversUrlFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'outcome'] as const) if (filter[key]) params.set(key, filter[key]);
  return params;
}

export function outcomeOf(value: string): LeaverOutcome | null {
  return OUTCOME_CHOICES.find((choice) => choice.value === value)?.outcome ?? null;
}
