import 'reflect-metadata';
import { Command } from 'commander';
import { registerAppCommand } from './cli/commands/app.js';
import { registerAuditCommands } from './cli/commands/audit.js';
import { registerCampaignCommands } from './cli/commands/campaign.js';
import { registerWebhookCommands } from './cli/commands/webhook.js';
import { registerConnectCommands } from './cli/commands/connect.js';
import { registerDbCommands } from './cli/commands/db.js';
import { registerDemoCommand } from './cli/commands/demo.js';
import { registerDevCommand } from './cli/commands/dev.js';
import { registerEvidenceCommands } from './cli/commands/evidence.js';
import { registerFindingsCommand } from './cli/commands/findings.js';
import { registerImportCommand } from './cli/commands/import.js';
import { registerLinkCommand } from './cli/commands/link.js';
import { registerMarkCommands } from './cli/commands/mark.js';
import { registerNotifyCommands } from './cli/commands/notify.js';
import { registerReconcileCommand } from './cli/commands/reconcile.js';
import { registerRelinkCommand } from './cli/commands/relink.js';
import { registerRemediationCommands } from './cli/commands/remediation.js';
import { registerReviewCommand } from './cli/commands/review.js';
import { registerRolesCommands } from './cli/commands/roles.js';
import { registerSeedCommand } from './cli/commands/seed.js';
import { registerServeCommand } from './cli/commands/serve.js';
import { registerSourcesCommand } from './cli/commands/sources.js';
import { registerThresholdsCommand } from './cli/commands/thresholds.js';
import { registerTokenCommands } from './cli/commands/token.js';
import { registerUnlinkCommand } from './cli/commands/unlink.js';
import { registerUserCommands } from './cli/commands/user.js';
import { runProgram } from './cli/run-program.js';

const program = new Command('attest')
  .description('Attest: identity-graph reconciliation and access reviews')
  .showHelpAfterError('(run with --help for usage)');

// In the order `attest --help` lists them.
for (const register of [
  registerServeCommand,
  registerDevCommand,
  registerSeedCommand,
  registerDemoCommand,
  registerReconcileCommand,
  registerConnectCommands,
  registerLinkCommand,
  registerUnlinkCommand,
  registerMarkCommands,
  registerRelinkCommand,
  registerReviewCommand,
  registerRemediationCommands,
  registerCampaignCommands,
  registerNotifyCommands,
  registerWebhookCommands,
  registerAuditCommands,
  registerUserCommands,
  registerEvidenceCommands,
  registerFindingsCommand,
  registerImportCommand,
  registerSourcesCommand,
  registerAppCommand,
  registerRolesCommands,
  registerThresholdsCommand,
  registerTokenCommands,
  registerDbCommands,
]) {
  register(program);
}

await runProgram(program, process.argv);
