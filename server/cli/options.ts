import { InvalidArgumentError } from 'commander';

export function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  return parsed;
}

export function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535)
    throw new InvalidArgumentError(`expected a port number 1-65535, got "${value}"`);
  return parsed;
}

export function isoDate(value: string): string {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new InvalidArgumentError(`expected an ISO date such as 2026-11-22, got "${value}"`);
  return parsed.toISOString();
}

export function nonNegativeInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`expected a whole number of at least 0, got "${value}"`);
  return parsed;
}

export function nonNegativeAmount(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0)
    throw new InvalidArgumentError(`expected an amount of at least 0 such as 12.50, got "${value}"`);
  return parsed;
}

/** A period such as 30m, 6h or 1d, in minutes (schedules). */
export function periodMinutes(value: string): number {
  const match = /^(\d+)\s*(m|h|d)$/i.exec(value.trim());
  const amount = Number(match?.[1]);
  if (!match || !Number.isInteger(amount) || amount < 1)
    throw new InvalidArgumentError(`expected a period such as 30m, 6h or 1d, got "${value}"`);
  const unit = match[2]?.toLowerCase();
  return amount * (unit === 'd' ? 1440 : unit === 'h' ? 60 : 1);
}
