import type { Command } from 'commander';

/** Adds one or more top-level commands (with their subcommands) to the program. */
export type RegisterCommands = (program: Command) => void;

export interface CommandEntry {
  /** The top-level command names `register` adds. */
  names: readonly string[];
  load: () => Promise<RegisterCommands>;
}

/**
 * Every command, in the order `attest --help` lists them. Each is imported only when needed: all of
 * them for `--help` or an unknown word, else only the one named on the command line, so `attest
 * import` does not load the web server, the PDF renderer and the rest (some 1.5 s of CPU a run).
 */
export const COMMANDS: readonly CommandEntry[] = [
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServeCommand },
  { names: ['dev'], load: async () => (await import('./commands/dev.js')).registerDevCommand },
  { names: ['seed'], load: async () => (await import('./commands/seed.js')).registerSeedCommand },
  { names: ['demo'], load: async () => (await import('./commands/demo.js')).registerDemoCommand },
  { names: ['reconcile'], load: async () => (await import('./commands/reconcile.js')).registerReconcileCommand },
  {
    names: ['connect', 'connections', 'sync', 'disconnect'],
    load: async () => (await import('./commands/connect.js')).registerConnectCommands,
  },
  { names: ['link'], load: async () => (await import('./commands/link.js')).registerLinkCommand },
  { names: ['unlink'], load: async () => (await import('./commands/unlink.js')).registerUnlinkCommand },
  { names: ['mark-service', 'mark-shared'], load: async () => (await import('./commands/mark.js')).registerMarkCommands },
  { names: ['relink'], load: async () => (await import('./commands/relink.js')).registerRelinkCommand },
  { names: ['review'], load: async () => (await import('./commands/review.js')).registerReviewCommand },
  { names: ['remediation'], load: async () => (await import('./commands/remediation.js')).registerRemediationCommands },
  { names: ['campaign'], load: async () => (await import('./commands/campaign.js')).registerCampaignCommands },
  { names: ['notify'], load: async () => (await import('./commands/notify.js')).registerNotifyCommands },
  { names: ['webhook'], load: async () => (await import('./commands/webhook.js')).registerWebhookCommands },
  { names: ['audit'], load: async () => (await import('./commands/audit.js')).registerAuditCommands },
  { names: ['user'], load: async () => (await import('./commands/user.js')).registerUserCommands },
  { names: ['evidence'], load: async () => (await import('./commands/evidence.js')).registerEvidenceCommands },
  { names: ['findings'], load: async () => (await import('./commands/findings.js')).registerFindingsCommand },
  { names: ['load'], load: async () => (await import('./commands/load.js')).registerLoadCommand },
  { names: ['import'], load: async () => (await import('./commands/import.js')).registerImportCommand },
  { names: ['sources'], load: async () => (await import('./commands/sources.js')).registerSourcesCommand },
  { names: ['app'], load: async () => (await import('./commands/app.js')).registerAppCommand },
  { names: ['roles'], load: async () => (await import('./commands/roles.js')).registerRolesCommands },
  { names: ['thresholds'], load: async () => (await import('./commands/thresholds.js')).registerThresholdsCommand },
  { names: ['token'], load: async () => (await import('./commands/token.js')).registerTokenCommands },
  { names: ['db'], load: async () => (await import('./commands/db.js')).registerDbCommands },
];

/** The entries to load for this command line: the one its first word names, or all of them. */
export function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  const word = argv[2];
  const named = COMMANDS.filter((entry) => word !== undefined && entry.names.includes(word));
  return named.length > 0 ? named : COMMANDS;
}
