import { ReviewError } from './review-error.js';

/** A due date as people give it: YYYY-MM-DD means the end of that day (UTC); a full ISO date-time is taken as is. */
export function parseDueDate(text: string): Date {
  const trimmed = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T23:59:59.999Z`) : new Date(trimmed);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    throw new ReviewError('bad_input', `due date "${text}" is not an ISO date (YYYY-MM-DD) or date-time`, 'dueAt');
  }
  return date;
}
