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
