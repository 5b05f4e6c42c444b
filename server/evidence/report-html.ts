import type { Completeness, Evidence, EvidenceItem } from './evidence.types.js';
import { earlierDecisionText } from './csv.js';
import { escapeHtml, facts, raw, table, tag, type Cell, type SafeHtml } from './html.js';

export interface ReportMeta {
  /** Who asked for the export (a user or the command line). */
  generatedBy: string;
  /** e.g. "Attest 0.1.0". */
  generator: string;
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
  h1 { font-size: 18pt; margin: 0; }
  h2 { font-size: 13pt; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; break-after: avoid; }
  h3 { font-size: 11pt; margin: 1.1rem 0 .3rem; break-after: avoid; }
  .subtitle { color: #57606a; margin: .2rem 0 1rem; font-size: 11pt; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; }
  th, td { border: 1px solid #d0d7de; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
  thead th { background: #f3f5f7; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  table.facts { width: auto; min-width: 50%; }
  table.facts th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
  table.items { font-size: 8.5pt; }
  table.fixed { table-layout: fixed; }
  table.fixed td { overflow-wrap: anywhere; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 9pt; overflow-wrap: anywhere; }
  pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: .5rem; white-space: pre-wrap; }
  .integrity { border: 2px solid; border-radius: 4px; padding: .6rem .8rem; margin: 1rem 0; break-inside: avoid; }
  .integrity.ok { border-color: #1a7f37; background: #dafbe1; }
  .integrity.bad { border-color: #cf222e; background: #ffebe9; }
  .integrity strong { font-size: 11pt; }
  .muted { color: #57606a; }
  .undecided { color: #9a6700; font-weight: 600; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .4rem; color: #57606a; font-size: 8.5pt; }
  @page { size: A4; margin: 16mm 12mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
    section { break-inside: auto; }
    .integrity { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;

/** The printable evidence report: self-contained HTML (inline CSS, no scripts), every value escaped. */
export function renderReportHtml(evidence: Evidence, meta: ReportMeta): string {
  const { campaign } = evidence;
  const title = `Access review evidence: ${campaign.name} (${campaign.period})`;
  const sections = [
    integritySection(evidence),
    section('Campaign', campaignFacts(evidence)),
    section('Completeness', completenessTable(evidence.completeness)),
    section('Population snapshot', populationSection(evidence)),
    section('Decisions', decisionsByApp(evidence.items)),
    section('Remediation', remediationTable(evidence.items)),
    section('Former personnel', leaversSection(evidence)),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${tag('h1', 'Access review evidence').html}
${tag('p', `${campaign.name} · ${campaign.period}`, 'subtitle').html}
</header>
${sections.map((s) => s.html).join('\n')}
<footer>${escapeHtml(`Generated ${when(evidence.generatedAt.toISOString())} by ${meta.generatedBy} with ${meta.generator}. Campaign id ${campaign.id}.`)}</footer>
</body>
</html>
`;
}

function section(heading: string, ...content: SafeHtml[]): SafeHtml {
  return raw(`<section>\n${tag('h2', heading).html}\n${content.map((c) => c.html).join('\n')}\n</section>`);
}

function integritySection(evidence: Evidence): SafeHtml {
  const { population } = evidence;
  if (population.matches) {
    return raw(
      `<section class="integrity ok">${tag('strong', 'Population hash matches: the population is exactly as snapshotted at launch.').html}` +
        `${tag('p', `SHA-256 ${population.recomputedSha256}`).html}</section>`,
    );
  }
  const problems = population.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return raw(
    `<section class="integrity bad">${tag('strong', 'The population hash does not match the one recorded at launch: the population was altered after launch.').html}` +
      `<ul>${problems}</ul></section>`,
  );
}

function campaignFacts(evidence: Evidence): SafeHtml {
  const c = evidence.campaign;
  const scope = c.scopeKind === 'apps' ? `apps: ${c.scopeApps.join(', ') || 'none'}` : c.scopeKind;
  return facts([
    ['Name', c.name],
    ['Period', c.period],
    ['Status', c.status],
    ['Scope', scope],
    ['Owner', c.owner ? `${c.owner.name}${c.owner.email ? ` <${c.owner.email}>` : ''}` : 'none'],
    ['Due', when(c.dueAt)],
    ['Second stage', c.secondStage ? 'yes: the app owner re-reviews privileged roles kept' : 'no'],
    ['Remediation window', c.remediationDays === null ? '' : `${c.remediationDays} days`],
    ['Created', byAt(c.createdByName, c.createdAt)],
    ['Launched', byAt(c.launchedByName, c.launchedAt)],
    ['Closed', c.closedAt ? byAt(c.closedByName, c.closedAt) : 'not closed'],
    ['Default for undecided items at close', c.closeDefault === null ? 'none' : c.closeDefault.replaceAll('_', ' ')],
    ['Campaign id', raw(`<code>${escapeHtml(c.id)}</code>`)],
  ]);
}

function completenessTable(c: Completeness): SafeHtml {
  const pct = (n: number, of: number): string => (of === 0 ? '' : `${Math.round((n / of) * 1000) / 10}%`);
  const row = (label: string, value: number | string, share = ''): Cell[] => [label, value, share];
  return table(
    ['Figure', 'Count', 'Share of population'],
    [
      row('Population (accounts under review)', c.population),
      row('Decided by reviewers', c.decidedByReviewers, pct(c.decidedByReviewers, c.population)),
      row('Decided by the close default', c.decidedByCloseDefault, pct(c.decidedByCloseDefault, c.population)),
      row('Undecided', c.undecided, pct(c.undecided, c.population)),
      row('Keep', c.byDecision.keep, pct(c.byDecision.keep, c.population)),
      row('Revoke', c.byDecision.revoke, pct(c.byDecision.revoke, c.population)),
      row('Modify role', c.byDecision.modify, pct(c.byDecision.modify, c.population)),
      row(
        'Reviewer decisions with a justification',
        c.justified,
        c.justifiedPercent === null ? '' : `${c.justifiedPercent}% of reviewer decisions`,
      ),
      row('Flagged or privileged items kept without the required justification', c.keptWithoutRequiredJustification),
      row('Undecided past the due date', c.overdueUndecided),
      row('Escalated to the reviewer’s manager', c.escalated),
      row('Remediations open', c.remediations.open),
      row('Remediations open past their due date', c.remediations.overdue),
      row('Remediations verified', c.remediations.verified),
      row('Remediations failed', c.remediations.failed),
      row('Second-stage reviews', c.stage2.total),
      row(
        'Second-stage decided (keep / revoke / modify)',
        `${c.stage2.decided} (${c.stage2.keep} / ${c.stage2.revoke} / ${c.stage2.modify})`,
      ),
      row('Second-stage undecided', c.stage2.undecided),
    ],
  );
}

function populationSection(evidence: Evidence): SafeHtml {
  const p = evidence.population;
  const explanation = tag(
    'p',
    'population.json holds the launch snapshot of every account under review (stage 1), sorted by account id, as canonical JSON: exactly the bytes the SHA-256 covers. To verify, run the command below in the evidence folder; it must print the hash recorded at launch.',
  );
  return raw(
    [
      facts([
        ['Accounts snapshotted at launch', evidence.campaign.populationCount ?? ''],
        ['SHA-256 recorded at launch', raw(`<code>${escapeHtml(p.recordedSha256 ?? 'none')}</code>`)],
        ['SHA-256 recomputed now', raw(`<code>${escapeHtml(p.recomputedSha256)}</code>`)],
        ['Result', p.matches ? 'matches' : 'does not match'],
      ]).html,
      explanation.html,
      `<pre>$ sha256sum population.json\n${escapeHtml(p.recordedSha256 ?? '(no hash recorded)')}  population.json</pre>`,
      tag('p', 'attest evidence verify <folder> checks this and every file listed in SHA256SUMS.', 'muted').html,
    ].join('\n'),
  );
}

function decisionsByApp(items: EvidenceItem[]): SafeHtml {
  if (items.length === 0) return tag('p', 'The campaign has no review items.');
  const apps = new Map<string, EvidenceItem[]>();
  for (const item of [...items].sort((a, b) => compare(a.appName, b.appName) || a.stage - b.stage)) {
    const list = apps.get(item.appName) ?? [];
    list.push(item);
    apps.set(item.appName, list);
  }
  const parts = [...apps].map(([app, list]) =>
    raw(
      `${tag('h3', `${app || '(no app)'}: ${list.length} item${list.length === 1 ? '' : 's'}`).html}\n` +
        table(
          ['Stage', 'Account', 'Owner', 'Roles at launch', 'Recommended', 'Reviewer', 'Decision', 'Justification', 'Decided'],
          list.map((item) => [
            item.stage,
            item.accountEmail ?? item.accountId,
            item.ownerName ?? 'no owner',
            item.rolesAtLaunch.map((r) => (r.privilege ? `${r.name} (${r.privilege})` : r.name)).join(', '),
            item.recommendationReason ?? item.recommendation,
            [item.reviewerName, item.reviewerReason ? `(${item.reviewerReason.replaceAll('_', ' ')})` : null].filter(Boolean).join(' '),
            item.decision === null
              ? raw('<span class="undecided">undecided</span>')
              : item.decision === 'modify' && item.newRole
                ? `modify → ${item.newRole}`
                : item.decision,
            item.justification,
            (item.decidedAt
              ? `${when(item.decidedAt)}, ${item.decidedByName ?? 'unknown'}${item.decisionSource ? ` (${item.decisionSource.replaceAll('_', ' ')})` : ''}`
              : '') + item.earlierDecisions.map((earlier) => `; earlier: ${earlierDecisionText(earlier)}`).join(''),
          ]),
          { className: 'items', widths: [7, 14, 10, 10, 14, 11, 9, 13, 12] },
        ).html,
    ),
  );
  return raw(parts.map((p) => p.html).join('\n'));
}

function remediationTable(items: EvidenceItem[]): SafeHtml {
  const tasks = items.filter((item) => item.remediationStatus !== null);
  if (tasks.length === 0) return tag('p', 'No remediation tasks: no access was revoked or changed.');
  return table(
    ['App', 'Account', 'Decision', 'Status', 'Due', 'Checked', 'Detail'],
    tasks.map((item) => [
      item.appName,
      item.accountEmail ?? item.accountId,
      item.decision === 'modify' && item.newRole ? `modify → ${item.newRole}` : item.decision,
      item.remediationStatus,
      when(item.remediationDueAt),
      when(item.remediationCheckedAt),
      item.remediationDetail,
    ]),
    { className: 'items', widths: [12, 20, 10, 9, 14, 14, 21] },
  );
}

const SOURCE_TEXT = { vendor: 'from Okta (statusChanged)', first_seen: 'first seen by Attest' } as const;

/** The leaver SLA test for the people terminated in the campaign's period. */
function leaversSection(evidence: Evidence): SafeHtml {
  const report = evidence.leavers;
  if (report === null)
    return tag('p', `The period "${evidence.campaign.period}" is not one Attest reads as dates, so no leaver test is included.`);
  const intro = tag(
    'p',
    `Every account and IdP identity of each person terminated from ${report.from ?? ''} to ${report.to ?? ''}, and how many hours after the termination date (00:00 UTC) it was deprovisioned. The time is the vendor's own when it gives one (Okta statusChanged), else when Attest first saw the account deactivated or removed, which is only as precise as the source is synced. The organization's SLA is ${report.slaHours} hours; an app may have its own.`,
  );
  const kpi = facts([
    ['Leavers terminated in the period', String(report.leavers)],
    [
      'Leavers deprovisioned within SLA',
      report.percentWithinSla === null
        ? 'none settled yet'
        : `${report.percentWithinSla}% (${report.withinSla} of ${report.withinSla + report.late})`,
    ],
    ['Late or still active past the SLA', String(report.late)],
    ['SLA still running', String(report.pending)],
    ['Not measurable (deprovisioned before Attest first saw them)', String(report.unmeasured)],
  ]);
  if (report.rows.length === 0)
    return raw([intro, kpi, tag('p', 'No terminated person in the period has an account or identity.')].map((p) => p.html).join('\n'));
  const rows = table(
    ['Person', 'Terminated', 'App', 'Account', 'Deprovisioned', 'Hours after', 'SLA (h)', 'Outcome', 'Finding'],
    report.rows.map((row) => [
      row.personName,
      row.terminationDate,
      row.kind === 'identity' ? `${row.appName} identity` : row.appName,
      row.accountName,
      row.deprovisionedAt ? `${when(row.deprovisionedAt)} (${row.source ? SOURCE_TEXT[row.source] : ''})` : '',
      row.hours,
      row.slaHours,
      row.outcome === 'active' ? 'still active' : row.outcome,
      row.findingId,
    ]),
    { className: 'items', widths: [13, 9, 10, 16, 16, 7, 6, 8, 15] },
  );
  return raw([intro, kpi, rows].map((p) => p.html).join('\n'));
}

function byAt(name: string | null, at: string | null): string {
  if (!at) return '';
  return `${when(at)}${name ? ` by ${name}` : ''}`;
}

/** "2026-11-20 09:00 UTC" for an ISO date-time; anything else as stored. */
function when(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
