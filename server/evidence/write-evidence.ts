import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Actor } from '../audit/actor.js';
import { checkpointAuditHead } from '../audit/audit-log.js';
import { checkpointLine, type Checkpoint } from '../audit/checkpoint.js';
import type { Graph } from '../graph/graph.js';
import { collectEvidence } from './collect.js';
import { evidenceCsv, populationJson } from './csv.js';
import {
  AUDIT_CHECKPOINT_JSON,
  AUDIT_PUBLIC_KEY_PEM,
  EVIDENCE_FILE_NAMES,
  ITEMS_CSV,
  MANIFEST_JSON,
  POPULATION_JSON,
  REPORT_HTML,
  REPORT_PDF,
  SHA256SUMS,
  sha256sums,
  type EvidenceManifest,
} from './evidence-files.js';
import type { Evidence } from './evidence.types.js';
import { generatorName } from './generator.js';
import { renderPdf } from './pdf.js';
import { sha256Hex } from './population.js';
import { recordEvidenceExport, type ExportedFileDigest } from './record-export.js';
import { renderReportHtml } from './report-html.js';

export interface WriteEvidenceOptions {
  /** Campaign id or exact name. */
  campaign: string;
  out: string;
  /** Replace a folder that already holds an evidence export. */
  force?: boolean;
  /** Render report.pdf with Chromium (default true). */
  pdf?: boolean;
  actor: Actor;
  now: Date;
}

export interface WrittenEvidence {
  dir: string;
  evidence: Evidence;
  /** Every file written, SHA256SUMS last. */
  files: ExportedFileDigest[];
  pdfSkipped: string | null;
}

/**
 * Writes a campaign's evidence folder: items.csv, population.json, report.html, report.pdf, the
 * audit log's signed checkpoint with its public key, manifest.json and SHA256SUMS. Everything is written into a temporary folder next to `out` and
 * renamed into place at the end, so a failure never leaves a half-written evidence folder; the
 * export is recorded in the audit log just before.
 */
export async function writeEvidence(graph: Graph, options: WriteEvidenceOptions): Promise<WrittenEvidence> {
  const target = resolve(options.out);
  const existing = await checkTarget(target, options.force ?? false);
  const evidence = await collectEvidence(graph, options.campaign, options.now);
  const generator = generatorName();
  const html = renderReportHtml(evidence, { generatedBy: options.actor.name, generator });

  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    const written: ExportedFileDigest[] = [];
    const put = async (name: string, content: string | Buffer): Promise<void> => {
      await writeFile(join(staging, name), content);
      written.push({ name, size: Buffer.byteLength(content), sha256: sha256Hex(content) });
    };
    await put(ITEMS_CSV, evidenceCsv(evidence));
    await put(POPULATION_JSON, populationJson(evidence));
    await put(REPORT_HTML, html);
    let pdfSkipped: string | null = 'not requested (--no-pdf)';
    if (options.pdf ?? true) {
      const pdf = await renderPdf(html, `${evidence.campaign.name} (${evidence.campaign.period}): access review evidence`);
      if (pdf.written) await put(REPORT_PDF, pdf.pdf);
      pdfSkipped = pdf.written ? null : pdf.reason;
    }
    const anchor = await checkpointAuditHead(graph);
    await put(AUDIT_CHECKPOINT_JSON, checkpointLine(anchor.checkpoint));
    await put(AUDIT_PUBLIC_KEY_PEM, anchor.publicKeyPem);
    await put(
      MANIFEST_JSON,
      `${JSON.stringify(manifestOf(evidence, options, generator, pdfSkipped, anchor.checkpoint, written), null, 2)}\n`,
    );
    const sums = sha256sums(written);
    await writeFile(join(staging, SHA256SUMS), sums);
    const files = [...written, { name: SHA256SUMS, size: Buffer.byteLength(sums), sha256: sha256Hex(sums) }];

    await recordEvidenceExport(graph, options.actor, evidence, 'folder', written, options.now);
    await moveIntoPlace(staging, target, existing);
    return { dir: target, evidence, files, pdfSkipped };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function manifestOf(
  evidence: Evidence,
  options: WriteEvidenceOptions,
  generator: string,
  pdfSkipped: string | null,
  checkpoint: Checkpoint,
  files: ExportedFileDigest[],
): EvidenceManifest {
  return {
    campaignId: evidence.campaign.id,
    campaignName: evidence.campaign.name,
    period: evidence.campaign.period,
    generatedAt: evidence.generatedAt.toISOString(),
    generatedBy: { id: options.actor.id, name: options.actor.name, role: options.actor.role },
    generator,
    populationSha256: evidence.population.recordedSha256,
    populationSha256Recomputed: evidence.population.recomputedSha256,
    populationMatches: evidence.population.matches,
    populationProblems: evidence.population.problems,
    pdfSkipped,
    auditCheckpoint: { seq: checkpoint.seq, hash: checkpoint.hash, keyId: checkpoint.keyId },
    files,
  };
}

/**
 * Refuses a target that is a file, or a folder with files in it unless `force` is given and all of
 * them are evidence files (so a mistyped --out never deletes anything else). Says whether it exists.
 */
async function checkTarget(target: string, force: boolean): Promise<boolean> {
  const info = await stat(target).catch(() => null);
  if (!info) return false;
  if (!info.isDirectory()) throw new Error(`${target} exists and is not a folder; give a new or empty folder for the evidence`);
  const entries = await readdir(target);
  if (entries.length === 0) return true;
  if (!force) throw new Error(`${target} is not empty; give a new or empty folder, or --force to replace the evidence export in it`);
  const foreign = entries.filter((name) => !EVIDENCE_FILE_NAMES.includes(name));
  if (foreign.length > 0) {
    throw new Error(
      `${target} holds files that are not evidence (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); --force replaces only an earlier evidence export, so choose another folder`,
    );
  }
  return true;
}

async function moveIntoPlace(staging: string, target: string, existing: boolean): Promise<void> {
  if (!existing) {
    await rename(staging, target);
    return;
  }
  const previous = `${staging}.previous`;
  await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
