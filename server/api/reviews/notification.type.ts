import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum NotificationKind {
  ASSIGNED = 'assigned',
  REMINDER = 'reminder',
  ESCALATION = 'escalation',
  CLOSED = 'closed',
  DIGEST = 'digest',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'ASSIGNED items, a REMINDER of the cadence, an ESCALATION to a manager, a campaign CLOSED, or a DIGEST of several',
});

export enum NotificationStatus {
  QUEUED = 'queued',
  SENT = 'sent',
  FAILED = 'failed',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'QUEUED for the next pass; SENT; FAILED (retried with backoff while nextAttemptAt is set)',
});

export enum NotificationChannel {
  EMAIL = 'email',
  SLACK = 'slack',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'Mail over SMTP, or the Slack incoming webhook' });

@ObjectType({ description: 'One message to one reviewer about this campaign (a digest may be about others too)' })
export class CampaignNotification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => String, { description: 'The email address, or "slack"' }) to!: string;
  @Field(() => String) toName!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => String) subject!: string;
  @Field(() => NotificationStatus) status!: NotificationStatus;
  @Field(() => Int, { description: 'Delivery attempts so far' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' }) lastError!: string | null;
  @Field(() => String, { description: 'When it was queued (ISO)' }) createdAt!: string;
  @Field(() => String, { nullable: true }) sentAt!: string | null;
  @Field(() => String, { nullable: true, description: 'When a failed message is tried again; null once it is given up' })
  nextAttemptAt!: string | null;
}
