import { SourceService } from '../api/sources/source.service.js';
import { SYSTEM_VIEWER } from '../auth/viewer.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { connectGraph } from '../graph/connect.js';

/** `attest sources`: every imported source, when it last synced, and whether it is stale. */
export async function sourcesCommand(json: boolean): Promise<void> {
  const connection = await connectGraph();
  try {
    const service = new SourceService({ graph: connection.graph, catalog: loadCatalog(), now: now(), viewer: SYSTEM_VIEWER });
    const sources = await service.sources();
    if (json) {
      process.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
      return;
    }
    if (!sources.length) {
      console.log('Nothing imported yet. Use `attest import <kind> <path>`.');
      return;
    }
    for (const s of sources) {
      const when = s.lastSyncedAt ? `${s.lastSyncedAt.slice(0, 16).replace('T', ' ')} (${s.daysSinceSync} days ago)` : 'never succeeded';
      console.log(`${s.stale ? 'STALE ' : '      '}${s.scope.padEnd(40)} ${when}  last: ${s.lastStatus}, ${s.runs} run(s)`);
    }
  } finally {
    await connection.close();
  }
}
