import { DEFAULT_CADENCE_TEXT, parseCadence, type Cadence } from './cadence.js';

/** How Attest reaches reviewers; both channels off means no notifications at all. */
export interface NotifyConfig {
  /** ATTEST_SMTP_URL, e.g. smtp://user:pass@host:587 (STARTTLS) or smtps://…:465; null when mail is off. */
  smtpUrl: string | null;
  /** ATTEST_SLACK_WEBHOOK_URL: a Slack incoming webhook; null when off. */
  slackWebhookUrl: string | null;
  /** ATTEST_MAIL_FROM. */
  from: string;
  /** ATTEST_PUBLIC_URL: where the dashboard is, for the links in messages. */
  baseUrl: string;
  cadence: Cadence;
  /** ATTEST_NOTIFY_EVERY_MINUTES: how often `attest serve` plans and sends (default 15). */
  everyMs: number;
}

const DEFAULT_NOTIFY_MINUTES = 15;

export function notifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const smtpUrl = env.ATTEST_SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//i.test(smtpUrl)) {
    throw new Error('ATTEST_SMTP_URL must start with smtp:// (STARTTLS) or smtps:// (TLS), e.g. smtp://user:pass@mail.example.com:587');
  }
  const slackWebhookUrl = env.ATTEST_SLACK_WEBHOOK_URL?.trim() || null;
  if (slackWebhookUrl && !/^https?:\/\//i.test(slackWebhookUrl)) throw new Error('ATTEST_SLACK_WEBHOOK_URL must be an http(s) URL');
  const minutes = Number(env.ATTEST_NOTIFY_EVERY_MINUTES ?? DEFAULT_NOTIFY_MINUTES);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('ATTEST_NOTIFY_EVERY_MINUTES must be a positive number of minutes');
  const port = env.ATTEST_PORT ?? '4000';
  return {
    smtpUrl,
    slackWebhookUrl,
    from: env.ATTEST_MAIL_FROM?.trim() || 'Attest <attest@localhost>',
    baseUrl: env.ATTEST_PUBLIC_URL?.trim() || `http://localhost:${port}`,
    cadence: parseCadence(env.ATTEST_REMINDER_CADENCE ?? DEFAULT_CADENCE_TEXT),
    everyMs: minutes * 60_000,
  };
}

export function notificationsOn(config: NotifyConfig): boolean {
  return config.smtpUrl !== null || config.slackWebhookUrl !== null;
}

/**
 * The secrets a delivery error might echo (the SMTP password, the webhook URL's path), so they can be
 * cut out of anything stored or printed.
 */
export function secretsOf(config: NotifyConfig): string[] {
  const secrets: string[] = [];
  if (config.smtpUrl) {
    try {
      const url = new URL(config.smtpUrl);
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
    } catch {
      // nodemailer will refuse it with its own message
    }
  }
  if (config.slackWebhookUrl) {
    secrets.push(config.slackWebhookUrl);
    try {
      const path = new URL(config.slackWebhookUrl).pathname;
      if (path.length > 1) secrets.push(path);
    } catch {
      // fetch will refuse it
    }
  }
  return secrets.filter((secret) => secret.length > 0);
}

export function withoutSecrets(text: string, secrets: string[]): string {
  return secrets.reduce((cleaned, secret) => cleaned.split(secret).join('***'), text);
}
