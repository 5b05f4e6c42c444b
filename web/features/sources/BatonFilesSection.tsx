import { useQuery } from '@apollo/client/react';
import { QueryError } from '../../shared/QueryError.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { Section } from '../../shared/Section.js';
import { formatCount, formatDateTime } from '../../shared/format.js';
import { BATON_FILES_QUERY } from './baton-files.queries.js';

const STATUS_TONE: Record<string, string> = { imported: 'ok', failed: 'bad', skipped: 'warn' };

/**
 * The .c1z files of the Baton folder `attest serve --baton-dir` watches, each with its last import
 * and why the last change was not imported. Shown only when the server watches such a folder.
 */
export function BatonFilesSection() {
  const files = useQuery(BATON_FILES_QUERY);
  const list = files.data?.batonFiles;
  if (files.error) {
    return (
      <Section title="Baton files">
        <QueryError error={files.error} resource="the Baton files" onRetry={() => void files.refetch().catch(() => undefined)} />
      </Section>
    );
  }
  if (!list?.length) return null;
  return (
    <Section title="Baton files" count={formatCount(list.length)}>
      <p className="muted">
        Sync files a Baton connector writes into the folder the server watches: each is imported whenever its content changes.
      </p>
      <ScrollRegion label="Baton files table">
        <table className="sources-table">
          <caption className="visually-hidden">Baton files in the watched folder and their last import</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">App</th>
              <th scope="col">Status</th>
              <th scope="col">Last imported</th>
            </tr>
          </thead>
          <tbody>
            {list.map((file) => (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td>{file.app}</td>
                <td>
                  <span className={`badge tone-${STATUS_TONE[file.status] ?? 'neutral'}`}>{file.status}</span>
                  {file.error ? <p className="muted">{file.error}</p> : null}
                </td>
                <td>
                  {file.importedAt ? (
                    <>
                      {formatDateTime(file.importedAt)}
                      {file.importedSha256 ? <span className="muted"> sha256 {file.importedSha256.slice(0, 12)}…</span> : null}
                    </>
                  ) : (
                    'Never'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Section>
  );
}
