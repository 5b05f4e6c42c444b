import { describe, expect, it } from 'vitest';
import {
  formatAgeDays,
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatDaysAgo,
  formatDuration,
  formatMoney,
  formatPercent,
  formatRelative,
  formatTime,
} from '../../web/shared/format.js';

describe('format', () => {
  it('formats money in the given currency, exact or whole', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'USD', { whole: true })).toBe('$1,235');
    expect(formatMoney(1000, 'EUR')).toBe('€1,000.00');
    expect(formatMoney(12, 'NOT-A-CODE')).toBe('12.00 NOT-A-CODE');
  });

  it('formats counts and percentages', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatPercent(3, 4)).toBe('75%');
    expect(formatPercent(3, 0)).toBe('—');
  });

  it('formats dates in UTC and leaves non-dates readable', () => {
    expect(formatDate('2026-03-04')).toBe('Mar 4, 2026');
    expect(formatDate('2026-03-04T23:30:00Z')).toBe('Mar 4, 2026');
    expect(formatDateTime('2026-03-04T14:05:00Z')).toBe('Mar 4, 2026, 14:05 UTC');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it('formats ages and relative dates against a given now', () => {
    expect(formatAgeDays(0)).toBe('today');
    expect(formatAgeDays(1)).toBe('1 day');
    expect(formatAgeDays(1200)).toBe('1,200 days');
    expect(formatAgeDays(null)).toBe('unknown');
    const now = new Date('2026-03-31T00:00:00Z');
    expect(formatRelative('2026-03-30', now)).toBe('yesterday');
    expect(formatRelative('2025-12-31', now)).toBe('3 months ago');
  });

  it('formats how long ago a sync was, durations and file sizes', () => {
    expect(formatDaysAgo(0)).toBe('today');
    expect(formatDaysAgo(1)).toBe('yesterday');
    expect(formatDaysAgo(12)).toBe('12 days ago');
    expect(formatDaysAgo(null)).toBe('never');
    expect(formatTime('2026-03-30T08:05:00Z')).toBe('08:05 UTC');
    expect(formatTime('2026-03-30')).toBe('');

    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(4250)).toBe('4.2 s');
    expect(formatDuration(35_900)).toBe('35 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_840_000)).toBe('1 h 4 min');

    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(999_960)).toBe('1 MB');
  });
});
