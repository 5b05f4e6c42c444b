import { graphql } from '../../graphql/index.js';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { formatBytes, formatCount, formatCountOf } from '../../shared/format.js';
import { formatProblemLocation, uploadImport, type ImportRequest, type ImportResult, type UploadProgress } from './upload.js';
import type { ImportForm_KindFragment } from '../../graphql/graphql.js';
import { AppPicker, formWording, NEW_APP } from './AppPicker.js';
import { IMPORT_APPS_QUERY } from './sources.queries.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment ImportForm_kind on ImportKindInfo {
    kind
    description
    needsApp
  }
`);

type Phase =
  { name: 'idle' } | ({ name: 'uploading' } & UploadProgress) | { name: 'importing' } | { name: 'finished'; result: ImportResult };

type Field = 'kind' | 'app' | 'files';
type Completeness = NonNullable<ImportRequest['completeness']>;

const COMPLETENESS_CHOICES: readonly { value: Completeness; label: string; hint: string }[] = [
  {
    value: 'auto',
    label: 'As Attest detects it',
    hint: 'Attest tells a full listing from a partial one (e.g. an Okta export needs its DEPROVISIONED users to be full).',
  },
  {
    value: 'complete',
    label: 'Yes: a full listing',
    hint: 'Records of this source that the files do not list are marked removed (never deleted).',
  },
  { value: 'partial', label: 'No: only some records', hint: 'Nothing is marked removed; the records in the files are added or updated.' },
];

const MISSING: Record<Field, string> = {
  kind: 'Choose what the files are.',
  app: 'Choose the app the accounts belong to, or “New app…” and its name.',
  files: 'Choose at least one file.',
};

interface ImportFormProps {
  kinds: readonly ImportForm_KindFragment[];
  /** Called after a successful import, to refresh what it changed. */
  onImported: () => void;
  /** Called after a rejected import: nothing changed but the sync history, which records it as failed. */
  onRejected?: () => void;
}

/**
 * Uploads an export or API dump to `POST /api/imports`: a real progress bar while the files are
 * sent, "Importing…" while the server checks and writes them, then what happened. A rejected
 * upload lists every problem with its file, line and field; nothing was written.
 */
export function ImportForm({ kinds, onImported, onRejected }: ImportFormProps) {
  const ids = {
    kind: useId(),
    kindHint: useId(),
    app: useId(),
    appHint: useId(),
    appSelect: useId(),
    appSelectHint: useId(),
    files: useId(),
    filesHint: useId(),
    completeness: useId(),
    completenessHint: useId(),
    error: useId(),
  };
  const [kind, setKind] = useState('');
  const [appChoice, setAppChoice] = useState('');
  const [app, setApp] = useState('');
  const [catalog, setCatalog] = useState('');
  const [completeness, setCompleteness] = useState<Completeness>('auto');
  const [files, setFiles] = useState<File[]>([]);
  // A file input cannot be cleared through React state: a new key gives a fresh, empty one.
  const [filesKey, setFilesKey] = useState(0);
  const [invalid, setInvalid] = useState<Field | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const appRef = useRef<HTMLInputElement>(null);
  const appSelectRef = useRef<HTMLSelectElement>(null);
  const filesRef = useRef<HTMLInputElement>(null);

  const selected = kinds.find((info) => info.kind === kind);
  const needsApp = selected?.needsApp ?? false;
  const knownApps = useQuery(IMPORT_APPS_QUERY, { skip: !needsApp });
  const busy = phase.name === 'uploading' || phase.name === 'importing';
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);

  // Move focus to the outcome so keyboard and screen-reader users land on it (the button was disabled).
  useEffect(() => {
    if (phase.name === 'finished') resultRef.current?.focus();
  }, [phase]);

  function missingField(): Field | null {
    if (!selected) return 'kind';
    // With known apps on offer the select decides: a name typed before they loaded is not a choice.
    const choosing = (knownApps.data?.importApps.length ?? 0) > 0;
    if (selected.needsApp && (!app.trim() || (choosing && appChoice === ''))) return 'app';
    if (files.length === 0) return 'files';
    return null;
  }

  function focusField(field: Field): void {
    const refs = { kind: kindRef, app: appRef, files: filesRef };
    (field === 'app' ? (appRef.current ?? appSelectRef.current) : refs[field].current)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const missing = missingField();
    setInvalid(missing);
    if (missing || !selected) {
      if (missing) focusField(missing);
      return;
    }

    const abort = new AbortController();
    controller.current = abort;
    setPhase({ name: 'uploading', loaded: 0, total: totalBytes || null });
    const result = await uploadImport(
      {
        kind: selected.kind,
        files,
        completeness,
        ...(selected.needsApp ? { app, catalog } : {}),
      },
      {
        signal: abort.signal,
        onProgress: (progress) => setPhase((current) => (current.name === 'uploading' ? { name: 'uploading', ...progress } : current)),
        onUploaded: () => setPhase((current) => (current.name === 'uploading' ? { name: 'importing' } : current)),
      },
    );
    controller.current = null;
    setPhase({ name: 'finished', result });
    if (result.outcome === 'succeeded' || result.outcome === 'rejected') {
      // The files were used (or need fixing): the next upload starts from a fresh choice.
      setFiles([]);
      setFilesKey((key) => key + 1);
    }
    if (result.outcome === 'succeeded') onImported();
    if (result.outcome === 'rejected') onRejected?.();
  }

  const describedBy = (hint: string, field: Field): string => (invalid === field ? `${hint} ${ids.error}` : hint);
  const fieldError = (field: Field) =>
    invalid === field ? (
      <p className="field-error" id={ids.error}>
        {MISSING[field]}
      </p>
    ) : null;

  return (
    <>
      <form className="import-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <div className="field">
          <label htmlFor={ids.kind}>Kind of source</label>
          <select
            id={ids.kind}
            ref={kindRef}
            value={kind}
            required
            disabled={busy}
            aria-invalid={invalid === 'kind' || undefined}
            aria-describedby={describedBy(ids.kindHint, 'kind')}
            onChange={(event) => {
              setKind(event.target.value);
              setInvalid(null);
            }}
          >
            <option value="">Choose what the files are…</option>
            {kinds.map((info) => (
              <option key={info.kind} value={info.kind}>
                {info.kind}
              </option>
            ))}
          </select>
          <p className="field-hint" id={ids.kindHint}>
            {selected
              ? formWording(selected.description, selected.needsApp)
              : 'Choose the system the files come from; its description then says which export it expects and in what format (CSV or JSON).'}
          </p>
          {fieldError('kind')}
        </div>

        {needsApp ? (
          <AppPicker
            apps={knownApps.data?.importApps ?? null}
            choice={appChoice}
            name={app}
            onChoose={(choice, known) => {
              setAppChoice(choice);
              setApp(known?.name ?? '');
              setCatalog(known?.catalogKey ?? '');
              if (invalid === 'app' && choice !== NEW_APP && known) setInvalid(null);
            }}
            onName={(name) => {
              setApp(name);
              setCatalog('');
              if (invalid === 'app') setInvalid(null);
            }}
            disabled={busy}
            invalid={invalid === 'app'}
            ids={{ select: ids.appSelect, selectHint: ids.appSelectHint, name: ids.app, nameHint: ids.appHint, error: ids.error }}
            error={fieldError('app')}
            selectRef={appSelectRef}
            nameRef={appRef}
          />
        ) : null}

        <div className="field">
          <label htmlFor={ids.files}>Files</label>
          <input
            key={filesKey}
            id={ids.files}
            ref={filesRef}
            type="file"
            multiple
            disabled={busy}
            aria-invalid={invalid === 'files' || undefined}
            aria-describedby={describedBy(ids.filesHint, 'files')}
            onChange={(event) => {
              setFiles(Array.from(event.target.files ?? []));
              if (invalid === 'files') setInvalid(null);
            }}
          />
          <p className="field-hint" id={ids.filesHint}>
            {files.length > 0
              ? `${formatCountOf(files.length, 'file')} chosen, ${formatBytes(totalBytes)}.`
              : 'One CSV or JSON export, or every page of a multi-page API dump (choose them all at once).'}
          </p>
          {fieldError('files')}
        </div>

        <div className="field">
          <label htmlFor={ids.completeness}>Does it list everything?</label>
          <select
            id={ids.completeness}
            value={completeness}
            disabled={busy}
            aria-describedby={ids.completenessHint}
            onChange={(event) => setCompleteness(event.target.value as Completeness)}
          >
            {COMPLETENESS_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <p className="field-hint" id={ids.completenessHint}>
            {COMPLETENESS_CHOICES.find((choice) => choice.value === completeness)?.hint}
          </p>
        </div>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            Import
          </button>
          {phase.name === 'uploading' ? (
            <button type="button" onClick={() => controller.current?.abort()}>
              Cancel upload
            </button>
          ) : null}
        </div>

        <UploadStatus phase={phase} fileCount={files.length} />
      </form>

      {phase.name === 'finished' ? <ImportOutcome ref={resultRef} result={phase.result} /> : null}
    </>
  );
}

function UploadStatus({ phase, fileCount }: { phase: Phase; fileCount: number }) {
  const percent = phase.name === 'uploading' && phase.total ? Math.min(100, Math.floor((phase.loaded / phase.total) * 100)) : null;
  return (
    <div className="upload-progress">
      {phase.name === 'uploading' ? (
        <>
          <progress aria-label="Upload progress" max={100} value={percent ?? undefined} />
          <span className="upload-percent">{percent === null ? '' : `${percent}%`}</span>
        </>
      ) : phase.name === 'importing' ? (
        <progress aria-label="Importing" />
      ) : null}
      {/* Always present, so screen readers announce each change of phase. */}
      <p role="status" className="upload-status">
        {phase.name === 'uploading'
          ? `Uploading ${formatCountOf(fileCount, 'file')}…`
          : phase.name === 'importing'
            ? 'Importing… the server is checking every record and writing the import.'
            : ''}
      </p>
    </div>
  );
}

function ImportOutcome({ result, ref }: { result: ImportResult; ref: Ref<HTMLDivElement> }) {
  switch (result.outcome) {
    case 'succeeded': {
      const { run } = result;
      return (
        <div className="callout callout-ok import-outcome" role="status" tabIndex={-1} ref={ref}>
          <p>
            <strong>
              Imported <code>{run.kind}</code>
              {run.scope !== run.kind ? ` (${run.scope})` : ''}.
            </strong>
          </p>
          <p>
            {formatCountOf(run.recordsRead, 'record')} read: {formatCount(run.added)} added, {formatCount(run.updated)} updated,{' '}
            {formatCount(run.unchanged)} unchanged, {formatCount(run.removed)} removed.
            {run.complete ? ' A full listing: records it no longer lists were marked removed.' : ''}
          </p>
          <p>
            {formatCountOf(result.findings, 'finding')} now. <Link to="/findings">Review findings</Link>
          </p>
          {run.notes.length > 0 ? (
            <ul>
              {run.notes.map((note, index) => (
                <li key={`${index}:${note}`}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
    }
    case 'rejected':
      return (
        <div className="callout callout-error import-outcome" role="alert" tabIndex={-1} ref={ref}>
          <p>
            <strong>The upload was rejected: {formatCountOf(result.problems.length, 'problem')} found.</strong>
          </p>
          <p>Nothing was imported: fix the file and upload it again.</p>
          <ul className="problem-list">
            {result.problems.map((problem, index) => {
              const where = formatProblemLocation(problem);
              return (
                <li key={`${index}:${where}:${problem.message}`}>
                  {where ? <span className="problem-where">{where}: </span> : null}
                  {problem.message}
                </li>
              );
            })}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <div className="callout callout-error import-outcome" role="alert" tabIndex={-1} ref={ref}>
          <p>
            <strong>The import did not finish.</strong> {result.message}
          </p>
          <p>Try again; if it keeps failing, the server log says why.</p>
        </div>
      );
    case 'aborted':
      return (
        <div className="callout import-outcome" role="status" tabIndex={-1} ref={ref}>
          <p>Upload cancelled. Nothing was imported.</p>
        </div>
      );
  }
}
