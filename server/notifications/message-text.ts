import type { MessagePart, PlannedMessage } from './planner.js';

export interface MessageText {
  subject: string;
  /** Plain text, one line per part, then the link. */
  text: string;
  html: string;
  link: string;
}

/** Where "My reviews" is for the person, filtered to the campaign when the message is about one. */
function myReviewsLink(baseUrl: string, campaignIds: string[]): string {
  const base = `${baseUrl.replace(/\/+$/, '')}/my-reviews`;
  return campaignIds.length === 1 && campaignIds[0] ? `${base}?campaign=${encodeURIComponent(campaignIds[0])}` : base;
}

/** What the person reads: one subject, a line per part, and the link to My reviews. */
export function messageText(message: PlannedMessage, baseUrl: string): MessageText {
  const campaignIds = [...new Set(message.parts.map((part) => part.campaignId))];
  const link = myReviewsLink(baseUrl, campaignIds);
  const lines = message.parts.map(partLine);
  const [only] = message.parts;
  const subject = message.parts.length === 1 && only ? partSubject(only) : `Access reviews: ${message.parts.length} updates for you`;
  const text = [`Hello ${message.name},`, '', ...lines.map((line) => `- ${line}`), '', `Open My reviews: ${link}`, ''].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(message.name)},</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(link)}">Open My reviews</a></p>`,
  ].join('\n');
  return { subject, text, html, link };
}

function partSubject(part: MessagePart): string {
  const name = `“${part.campaignName}”`;
  switch (part.kind) {
    case 'assigned':
      return `${items(part.count)} to review in ${name}, due ${formatDay(part.dueAt)}`;
    case 'reminder':
      return `Reminder: ${items(part.count)} in ${name} ${dueWhen(part.daysLeft)}`;
    case 'escalation':
      return `Escalated to you: ${items(part.count)} in ${name} past the due date`;
    case 'closed':
      return `${name} is closed`;
  }
}

function partLine(part: MessagePart): string {
  const name = `“${part.campaignName}”`;
  switch (part.kind) {
    case 'assigned':
      return `${items(part.count)} assigned to you in ${name}, due ${formatDay(part.dueAt)}.`;
    case 'reminder':
      return `${items(part.count)} still open in ${name}, ${dueWhen(part.daysLeft)} (${formatDay(part.dueAt)}).`;
    case 'escalation':
      return `${items(part.count)} in ${name} escalated to you: their reviewer did not decide by the due date (${formatDay(part.dueAt)}).`;
    case 'closed':
      return `${name} was closed; you reviewed ${items(part.count)} in it. Nothing more to do.`;
  }
}

function items(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

function dueWhen(daysLeft: number | null): string {
  if (daysLeft === null) return 'due soon';
  if (daysLeft === 0) return 'due today';
  if (daysLeft === 1) return 'due tomorrow';
  if (daysLeft > 1) return `due in ${daysLeft} days`;
  return daysLeft === -1 ? 'overdue by 1 day' : `overdue by ${-daysLeft} days`;
}

function formatDay(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'soon';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
