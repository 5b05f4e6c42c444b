import { evidenceHref } from './reviewsUrl.js';

/** The evidence an auditor takes away; each download is recorded in the audit log by the server. */
export function EvidenceLinks({ campaignId, populationSha256 }: { campaignId: string; populationSha256: string | null }) {
  return (
    <>
      <ul className="inline-list evidence-links">
        <li>
          <a className="button" href={evidenceHref(campaignId, 'evidence.csv')} download>
            Evidence (CSV)
          </a>
        </li>
        <li>
          <a className="button" href={evidenceHref(campaignId, 'report.html')} target="_blank" rel="noreferrer">
            Report (HTML, opens in a new tab)
          </a>
        </li>
        <li>
          <a className="button" href={evidenceHref(campaignId, 'report.pdf')} download>
            Report (PDF)
          </a>
        </li>
        <li>
          <a className="button" href={evidenceHref(campaignId, 'population.json')} download>
            Population snapshot (JSON)
          </a>
        </li>
      </ul>
      {populationSha256 ? (
        <p className="small">
          SHA-256 of the population snapshot: <code className="wrap-anywhere">{populationSha256}</code>
        </p>
      ) : null}
    </>
  );
}
