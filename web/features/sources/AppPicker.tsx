import type { ReactNode, Ref } from 'react';
import type { ImportAppsQuery } from '../../graphql/graphql.js';

export type ImportApp = ImportAppsQuery['importApps'][number];

/** The select's value for "an app neither Attest nor the catalog knows": reveals the name field. */
export const NEW_APP = '+new';

interface AppPickerProps {
  /** Null while the known apps are not known (loading, or the query failed): only the name field is offered. */
  apps: readonly ImportApp[] | null;
  /** '' (nothing chosen), NEW_APP, or a known app's name. */
  choice: string;
  name: string;
  onChoose: (choice: string, app: ImportApp | null) => void;
  onName: (name: string) => void;
  disabled: boolean;
  invalid: boolean;
  ids: { select: string; selectHint: string; name: string; nameHint: string; error: string };
  error: ReactNode;
  selectRef: Ref<HTMLSelectElement>;
  nameRef: Ref<HTMLInputElement>;
}

/** Which app the files are for: one Attest has, one the catalog knows, or a new one named here. */
export function AppPicker({ apps, choice, name, onChoose, onName, disabled, invalid, ids, error, selectRef, nameRef }: AppPickerProps) {
  const known = apps && apps.length > 0 ? apps : null;
  const inGraph = known?.filter((app) => app.inGraph) ?? [];
  const fromCatalog = known?.filter((app) => !app.inGraph) ?? [];
  const naming = !known || choice === NEW_APP;
  const describedBy = (hint: string): string => (invalid ? `${hint} ${ids.error}` : hint);

  return (
    <div className="field-row">
      {known ? (
        <div className="field">
          <label htmlFor={ids.select}>App</label>
          <select
            id={ids.select}
            ref={selectRef}
            value={choice}
            required
            disabled={disabled}
            aria-invalid={(invalid && !naming) || undefined}
            aria-describedby={naming ? ids.selectHint : describedBy(ids.selectHint)}
            onChange={(event) => {
              const value = event.target.value;
              onChoose(value, known.find((app) => app.name === value) ?? null);
            }}
          >
            <option value="">Choose the app the files list…</option>
            {inGraph.length > 0 ? (
              <optgroup label="Apps in Attest">
                {inGraph.map((app) => (
                  <option key={app.name} value={app.name}>
                    {app.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {fromCatalog.length > 0 ? (
              <optgroup label="Apps in the catalog">
                {fromCatalog.map((app) => (
                  <option key={app.name} value={app.name}>
                    {app.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={NEW_APP}>New app…</option>
          </select>
          <p className="field-hint" id={ids.selectHint}>
            Apps Attest already has come first, then the catalog’s (their roles and seat prices are known). Choose “New app…” for one that
            is in neither.
          </p>
          {!naming ? error : null}
        </div>
      ) : null}
      {naming ? (
        <div className="field">
          <label htmlFor={ids.name}>App name</label>
          <input
            id={ids.name}
            ref={nameRef}
            type="text"
            value={name}
            required
            disabled={disabled}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(ids.nameHint)}
            onChange={(event) => onName(event.target.value)}
          />
          <p className="field-hint" id={ids.nameHint}>
            The app’s name as people know it, e.g. Quillmate. Its roles and seat types are read from the file.
          </p>
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** Where a kind's description names a command-line flag, the words the form uses instead. */
const WITH_APP_FIELD: readonly [RegExp, string][] = [
  [/; --catalog picks the catalog entry/g, '; an app chosen from the catalog brings its catalog entry'],
  [/named by --app/g, 'chosen below'],
];
const WITHOUT_APP_FIELD: readonly [RegExp, string][] = [
  [/ \(or --app\)/g, ''],
  [/, or --app\./g, '.'],
  [/ or in --app\./g, '.'],
  [/; --app names the site/g, ''],
  [/ in --app \(default "Slack"\)/g, ' in Slack'],
  [/, named by --app \(or a clientDisplayName field matching the catalog\)/g, ', named by its clientDisplayName (as the catalog names it)'],
];
const ANY: readonly [RegExp, string][] = [[/; --mapping for others/g, '; rename other headers to these first']];

/**
 * A kind's description is shared with `attest import --help`; the form speaks of its own fields
 * instead of command-line flags (and leaves out the ones it does not offer).
 */
export function formWording(description: string, hasAppField: boolean): string {
  const rules = [...(hasAppField ? WITH_APP_FIELD : WITHOUT_APP_FIELD), ...ANY];
  return rules.reduce((text, [pattern, words]) => text.replace(pattern, words), description);
}
