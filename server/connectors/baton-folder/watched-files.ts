/**
 * The files of the watched Baton folder and the app each is imported as: `<App name>.c1z`, or the
 * app a `baton.json` in the folder maps its file name to ({"salesforce-prod.c1z": "Salesforce"}).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MAPPING_FILE = 'baton.json';

export interface WatchedFile {
  name: string;
  path: string;
  app: string;
}

async function readMapping(dir: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(join(dir, MAPPING_FILE), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${MAPPING_FILE}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${MAPPING_FILE}: expected an object of file name to app name, like {"salesforce-prod.c1z": "Salesforce"}`);
  }
  const mapping: Record<string, string> = {};
  for (const [file, app] of Object.entries(parsed)) {
    if (typeof app !== 'string' || !app.trim()) throw new Error(`${MAPPING_FILE}: "${file}" must map to an app name`);
    mapping[file] = app.trim();
  }
  return mapping;
}

/** The folder's .c1z files by name, each with its app. A missing folder is an error worth logging each round. */
export async function watchedFiles(dir: string): Promise<WatchedFile[]> {
  const mapping = await readMapping(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.c1z'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, path: join(dir, name), app: mapping[name] ?? name.slice(0, -'.c1z'.length).trim() }))
    .filter((file) => file.app.length > 0);
}
