import type { BillingModel } from './catalog.types.js';

/** What removing an account saves under each billing model: finance reads seat waste through this. */
export const BILLING_NOTES: Record<BillingModel, string> = {
  per_seat:
    'Billed per paid seat: a freed seat stops costing once the seat count is lowered (at once for monthly plans, at renewal for annual ones).',
  max_quantity: 'Billed on the highest number of users in each billing period: removing a user saves from the next period, not this one.',
  per_active_user:
    'Billed per active user: an account that is not used in a period costs nothing for it, so waste is only what active but unneeded accounts cost.',
  flat: 'A flat fee whatever the number of users: removing accounts saves nothing, but still closes access.',
};

/** The billing model a catalog parameter names; per purchased seat when it names none (an app outside the catalog). */
export function billingModelOf(value: string | null | undefined): BillingModel {
  const models: readonly BillingModel[] = ['per_seat', 'max_quantity', 'per_active_user', 'flat'];
  return models.find((model) => model === value) ?? 'per_seat';
}
