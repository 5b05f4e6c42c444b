/** The names of the files an evidence folder holds, shared by the writer and the verifier. */
export const ITEMS_CSV = 'items.csv';
export const POPULATION_JSON = 'population.json';
export const REPORT_HTML = 'report.html';
export const REPORT_PDF = 'report.pdf';
export const MANIFEST_JSON = 'manifest.json';
export const SHA256SUMS = 'SHA256SUMS';
/** The audit log's signed checkpoint at export time (one JSON line), and the public key that checks it. */
export const AUDIT_CHECKPOINT_JSON = 'audit-checkpoint.json';
export const AUDIT_PUBLIC_KEY_PEM = 'audit-public-key.pem';

export const EVIDENCE_FILE_NAMES: readonly string[] = [
  ITEMS_CSV,
  POPULATION_JSON,
  REPORT_HTML,
  REPORT_PDF,
  AUDIT_CHECKPOINT_JSON,
  AUDIT_PUBLIC_KEY_PEM,
  MANIFEST_JSON,
  SHA256SUMS,
];

/** What manifest.json records about an export. */
export interface EvidenceManifest {
  campaignId: string;
  campaignName: string;
  period: string;
  generatedAt: string;
  generatedBy: { id: string; name: string; role: string };
  generator: string;
  /** The population SHA-256 recorded at launch, which population.json must hash to. */
  populationSha256: string | null;
  populationSha256Recomputed: string;
  populationMatches: boolean;
  populationProblems: string[];
  /** Why report.pdf is missing, when it is. */
  pdfSkipped: string | null;
  /** The audit log's newest event when the evidence was exported, as the signed checkpoint in audit-checkpoint.json states it. */
  auditCheckpoint: { seq: number; hash: string; keyId: string };
  files: { name: string; size: number; sha256: string }[];
}

/** SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <name>" per line. */
export function sha256sums(files: { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .join('');
}
