import type { Server } from 'node:http';
import { join } from 'node:path';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { graphIsEmpty, loadDemo } from '../demo/ensure-demo.js';
import { refreshFindings } from '../findings/engine.js';
import { startBatonFolderSchedule } from '../connectors/baton-folder/schedule.js';
import { startConnectionSchedule } from '../connectors/schedule.js';
import { loadSecretKey } from '../connectors/secret-box.js';
import { connectGraph, dataDir } from '../graph/connect.js';
import { createHttpApp } from '../http/app.js';
import { finishInterruptedImports } from '../ingest/import-source.js';
import { finishInterruptedCloses } from '../reviews/close-campaign.js';
import { ensureTallies } from '../reviews/tally.js';
import { startEscalationTimer } from '../reviews/escalation-timer.js';
import { notifyConfig } from '../notifications/notify-config.js';
import { startNotifyTimer } from '../notifications/notify-timer.js';
import { startCampaignScheduleTimer } from '../reviews/schedules/schedule-timer.js';
import { startWebhookTimer } from '../webhooks/webhook-timer.js';
import type { ProvisioningSync } from '../scim/provisioning-sync.js';
import { ensureWebBuilt } from './build-web.js';
import { warmUp } from './warm-up.js';

export interface ServerOptions {
  port: number;
  demo: boolean;
  demoPeople: number;
  demoSeed: number;
  /** Development: the vite dev server serves the dashboard, so skip building it. */
  buildWeb?: boolean;
  /** `attest dev` only: introspection, field suggestions and Apollo's landing page on (see hardening.ts). */
  development?: boolean;
  /** A folder of Baton .c1z files to import whenever one changes (`--baton-dir`, ATTEST_BATON_DIR). */
  batonDir?: string;
}

/** Starts the API (and the dashboard) and keeps the graph open until SIGINT or SIGTERM closes both. */
export async function runServer(options: ServerOptions): Promise<void> {
  const log = (message: string): void => console.log(message);
  const catalog = loadCatalog();
  // Read before anything starts, so a malformed ATTEST_SMTP_URL or cadence stops the server at once.
  const notify = notifyConfig();
  const webDir = options.buildWeb === false ? undefined : ensureWebBuilt(log);
  const connection = await connectGraph({ onProgress: log, restartEmbedded: true });
  let server: Server | undefined;
  let provisioning: ProvisioningSync | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    log(`${signal}: stopping Attest…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await provisioning?.flush();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const { graph } = connection;
    await finishInterruptedImports(graph, () => catalog, now(), log);
    await finishInterruptedCloses(graph, now(), log);
    await ensureTallies(graph);
    if (options.demo && (await graphIsEmpty(graph))) {
      await loadDemo(graph, catalog, {
        people: options.demoPeople,
        seed: options.demoSeed,
        now: now(),
        dir: join(dataDir(), 'demo'),
        log,
      });
    } else {
      await refreshFindings(graph, catalog, now());
    }
    await warmUp(graph, catalog, now());
    const http = await createHttpApp({
      graph,
      catalog,
      webDir,
      availability: connection.availability,
      production: options.development !== true,
    });
    const { app } = http;
    provisioning = http.provisioning;
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(options.port, () => resolve(listening));
      listening.once('error', reject);
    });
    startEscalationTimer(graph, log);
    startCampaignScheduleTimer(graph, log);
    startWebhookTimer(graph, loadSecretKey(dataDir()), log);
    startConnectionSchedule(graph, () => catalog, now, loadSecretKey(dataDir()), log);
    if (options.batonDir) {
      log(`Watching ${options.batonDir} for Baton .c1z files`);
      startBatonFolderSchedule(graph, () => catalog, now, options.batonDir, log);
    }
    startNotifyTimer(graph, notify, now, log);
    log(`Attest is running at http://localhost:${options.port} (GraphQL at /graphql)`);
  } catch (error) {
    await connection.close();
    throw error;
  }
}
