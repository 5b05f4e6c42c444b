import nodemailer from 'nodemailer';
import type { NotifyConfig } from './notify-config.js';

export const CHANNELS = ['email', 'slack'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A queued message as the sender hands it to a channel. */
export interface Outgoing {
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  link: string;
}

/** Delivers one message or throws why not. */
export type Deliver = (message: Outgoing) => Promise<void>;

/** One delivery per configured channel; `close` ends the SMTP connection(s). */
export interface Channels {
  deliver: Partial<Record<Channel, Deliver>>;
  close(): void;
}

const TIMEOUT_MS = 15_000;

/**
 * Mail through ATTEST_SMTP_URL (nodemailer: smtp:// upgrades with STARTTLS when the server offers it,
 * `?requireTLS=true` refuses to go on without it; smtps:// is TLS from the start) and posts to the
 * Slack incoming webhook. nodemailer's own logging stays off, so the URL's password is never printed.
 */
export function openChannels(config: NotifyConfig): Channels {
  const deliver: Partial<Record<Channel, Deliver>> = {};
  const transport = config.smtpUrl
    ? nodemailer.createTransport({
        url: config.smtpUrl,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
        logger: false,
        debug: false,
      })
    : null;
  if (transport) {
    deliver.email = async (message) => {
      await transport.sendMail({
        from: config.from,
        to: { name: message.toName, address: message.to },
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    };
  }
  const webhook = config.slackWebhookUrl;
  if (webhook) {
    deliver.slack = async (message) => {
      const response = await fetch(webhook, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: slackText(message) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`Slack answered ${response.status} ${(await response.text()).slice(0, 200)}`);
    };
  }
  return { deliver, close: () => transport?.close() };
}

/** Slack's mrkdwn: whom it is for, the lines, and the link. */
function slackText(message: Outgoing): string {
  const lines = message.text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => `• ${line.slice(2)}`);
  return [`*${message.toName}*: ${message.subject}`, ...lines, `<${message.link}|Open My reviews>`].join('\n');
}
