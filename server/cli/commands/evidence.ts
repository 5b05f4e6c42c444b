import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { now } from '../../config/now.js';
import { verifyEvidence } from '../../evidence/verify-evidence.js';
import { writeEvidence } from '../../evidence/write-evidence.js';
import { FAILURE_EXIT_CODE } from '../run-program.js';
import { withGraph } from '../with-graph.js';

interface ExportOptions {
  out?: string;
  force?: boolean;
  pdf: boolean;
}

/** `attest evidence <campaign> --out DIR` writes a campaign's evidence folder; `attest evidence verify DIR` re-checks one. */
export function registerEvidenceCommands(program: Command): void {
  const evidence = program
    .command('evidence')
    .description(
      "Export a campaign's evidence: items.csv, population.json, report.html, report.pdf, the audit log's signed checkpoint and public key, manifest.json and SHA256SUMS",
    )
    .argument('<campaign>', 'the campaign id or exact name')
    .option('--out <dir>', 'the folder to write (created; must be new or empty)')
    .option('--force', 'replace an earlier evidence export in --out', false)
    .option('--no-pdf', 'skip report.pdf (no Chromium needed)')
    .action(async (campaign: string, options: ExportOptions) => {
      if (!options.out) throw new Error('attest evidence needs --out <dir>: the folder to write the evidence into');
      await exportEvidence(campaign, { ...options, out: options.out });
    });

  evidence
    .command('verify')
    .description(
      'Re-check an evidence folder: every file against SHA256SUMS, population.json against the population hash recorded at launch, and the audit checkpoint against its public key',
    )
    .argument('<dir>', 'the evidence folder')
    .action(async (dir: string) => {
      const verification = await verifyEvidence(dir);
      for (const line of verification.checked) console.log(`ok  ${line}`);
      if (verification.problem !== null) {
        console.error(`attest: evidence in ${verification.dir} does not check out: ${verification.problem}`);
        process.exitCode = FAILURE_EXIT_CODE;
        return;
      }
      console.log(`Evidence in ${verification.dir} checks out; population SHA-256 ${verification.populationSha256 ?? ''}`);
    });
}

async function exportEvidence(campaign: string, options: ExportOptions & { out: string }): Promise<void> {
  const written = await withGraph((graph) =>
    writeEvidence(graph, {
      campaign,
      out: options.out,
      force: options.force,
      pdf: options.pdf,
      actor: cliActor(),
      now: now(),
    }),
  );
  const { campaign: facts, population, completeness } = written.evidence;
  console.log(`Wrote the evidence of "${facts.name}" (${facts.period}, ${facts.id}) to ${written.dir}:`);
  const width = Math.max(...written.files.map((file) => file.name.length));
  for (const file of written.files)
    console.log(`  ${file.name.padEnd(width)}  ${String(file.size).padStart(9)} bytes  sha256 ${file.sha256}`);
  if (written.pdfSkipped !== null) console.log(`  report.pdf skipped: ${written.pdfSkipped}`);
  console.log(
    `Population: ${completeness.population} accounts; ${completeness.population - completeness.undecided} decided, ${completeness.undecided} undecided`,
  );
  if (population.matches) {
    console.log(`Population SHA-256 ${population.recomputedSha256} matches the hash recorded at launch`);
  } else {
    console.error(`WARNING: the population does not match the hash recorded at launch; it was altered after launch:`);
    for (const problem of population.problems) console.error(`  - ${problem}`);
  }
}
