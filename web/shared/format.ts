/**
 * Number, money and date formatting. One locale for the whole product so the figures an auditor
 * reads on screen match the ones in exports; dates are shown in UTC for the same reason.
 */

const LOCALE = 'en-US';
const DAY_MS = 86_400_000;

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, whole: boolean): Intl.NumberFormat | null {
  const key = `${currency}:${whole ? 'whole' : 'exact'}`;
  const cached = moneyFormats.get(key);
  if (cached) return cached;
  try {
    const format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
    });
    moneyFormats.set(key, format);
    return format;
  } catch {
    return null;
  }
}

/**
 * Money in the API's currency. `whole` rounds to whole units for headline figures; tables keep
 * the currency's minor units so columns add up.
 */
export function formatMoney(amount: number, currency: string, options: { whole?: boolean } = {}): string {
  const format = moneyFormat(currency, options.whole ?? false);
  if (format) return format.format(amount);
  return `${formatNumber(amount, 2)} ${currency}`;
}

/** Short money for chart axes: $1.2K, $35K. */
export function formatMoneyCompact(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return formatMoney(amount, currency, { whole: true });
  }
}

const countFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** A count with thousands separators: 12,345. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

function formatNumber(value: number, fractionDigits: number): string {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** `part` as a whole percentage of `total`; an em dash when the total is zero. */
export function formatPercent(part: number, total: number): string {
  if (total === 0) return '—';
  return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 }).format(part / total);
}

/** Pluralised count: "1 finding", "1,204 findings". */
export function formatCountOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

function parseDate(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
  hourCycle: 'h23',
});

/** "Mar 4, 2026" (UTC); an em dash when absent; the raw text when it is not a date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = parseDate(value);
  return date ? dateFormat.format(date) : value;
}

/** "Mar 4, 2026, 14:05 UTC"; date-only values stay dates. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const date = parseDate(value);
  return date ? `${dateTimeFormat.format(date)} UTC` : value;
}

const timeFormat = new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });

/** "14:05 UTC"; empty for a date-only value, the raw text when it is not a date. */
export function formatTime(value: string | null | undefined): string {
  if (!value || /^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const date = parseDate(value);
  return date ? `${timeFormat.format(date)} UTC` : value;
}

/** An age the server computed, in days: "today", "1 day", "45 days"; "unknown" when absent. */
export function formatAgeDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'unknown';
  if (days <= 0) return 'today';
  return formatCountOf(days, 'day');
}

/** Whole days from `value` to `now` (0 on the day itself); null when `value` is not a date. */
export function wholeDaysSince(value: string, now: Date): number | null {
  const date = parseDate(value);
  return date ? Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY_MS)) : null;
}

const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/**
 * How long before `now` a date was: "yesterday", "3 days ago", "5 months ago". `now` is passed in
 * (the server's `asOf` where there is one) so pages agree with the server's clock.
 */
export function formatRelative(value: string | null | undefined, now: Date): string {
  if (!value) return '—';
  const date = parseDate(value);
  if (!date) return value;
  const days = Math.round((date.getTime() - now.getTime()) / DAY_MS);
  if (Math.abs(days) < 45) return relativeFormat.format(days, 'day');
  const months = Math.round(days / 30.44);
  if (Math.abs(months) < 18) return relativeFormat.format(months, 'month');
  return relativeFormat.format(Math.round(days / 365.25), 'year');
}

/**
 * A whole number of days before today, as the server counted them: "today", "yesterday",
 * "12 days ago"; "never" when there is no date to count from.
 */
export function formatDaysAgo(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'never';
  return relativeFormat.format(-Math.max(0, days), 'day');
}

/** How long something took: "850 ms", "4.2 s", "35 s", "2 min 5 s", "1 h 4 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 10) return `${formatNumber(Math.floor(seconds * 10) / 10, 1)} s`;
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const totalSeconds = Math.floor(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    const rest = totalSeconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const restMinutes = minutes % 60;
  return restMinutes ? `${formatCount(hours)} h ${restMinutes} min` : `${formatCount(hours)} h`;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in decimal units: "512 bytes", "1.2 MB". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // Compare what will be shown, so 999,960 bytes reads "1 MB", not "1,000 kB".
  while ((unit === 0 ? value : Math.round(value * 10) / 10) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALE, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
