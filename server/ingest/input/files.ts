/**
 * Lists the files of one import: a single export file, or a folder of page files read in name
 * order (numeric-aware, so page-2 comes before page-10). Empty files and empty folders are errors.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

import { ImportError, type InputProblem } from '../errors.js';
import type { InputFile } from '../parser.js';

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** Reads `path` (a file or a folder of pages). `extensions` (".csv", ".json") are the page files a folder may hold. */
export async function listInputFiles(path: string, extensions: readonly string[], name: string = path): Promise<InputFile[]> {
  return expandInputs([{ path: resolve(path), name }], extensions);
}

/**
 * Replaces each folder with its page files, checks every file exists and is not empty. Throws an
 * ImportError naming each bad file or folder.
 */
export async function expandInputs(files: readonly InputFile[], extensions: readonly string[]): Promise<InputFile[]> {
  const problems: InputProblem[] = [];
  const out: InputFile[] = [];
  if (files.length === 0) throw new ImportError([{ file: '(no input)', message: 'no input file was given' }]);
  for (const file of files) {
    const info = await stat(file.path).catch(() => undefined);
    if (!info) {
      problems.push({ file: file.name, message: 'file or folder not found' });
    } else if (info.isDirectory()) {
      out.push(...(await listFolder(file, extensions, problems)));
    } else if (!info.isFile()) {
      problems.push({ file: file.name, message: 'not a regular file or folder' });
    } else if (info.size === 0) {
      problems.push({ file: file.name, message: 'file is empty (0 bytes)' });
    } else {
      out.push(file);
    }
  }
  if (problems.length) throw new ImportError(problems);
  return out;
}

async function listFolder(folder: InputFile, extensions: readonly string[], problems: InputProblem[]): Promise<InputFile[]> {
  const entries = await readdir(folder.path, { withFileTypes: true });
  const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => byName.compare(a.name, b.name));
  const pages: InputFile[] = [];
  const unexpected: string[] = [];
  for (const entry of visible) {
    if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) {
      const path = join(folder.path, entry.name);
      const name = `${folder.name.replace(/[/\\]+$/, '')}/${entry.name}`;
      const size = (await stat(path)).size;
      if (size === 0) problems.push({ file: name, message: 'file is empty (0 bytes)' });
      else pages.push({ path, name });
    } else {
      unexpected.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
    }
  }
  if (unexpected.length) {
    problems.push({
      file: folder.name,
      message: `folder holds ${unexpected.length === 1 ? 'a file' : 'files'} that ${unexpected.length === 1 ? 'is' : 'are'} not ${extensions.join(' or ')} page files: ${unexpected.slice(0, 10).join(', ')}${unexpected.length > 10 ? ', …' : ''}; move ${unexpected.length === 1 ? 'it' : 'them'} out so no page is skipped`,
    });
  } else if (pages.length === 0 && !problems.some((p) => p.file.startsWith(`${folder.name}/`))) {
    problems.push({ file: folder.name, message: `folder is empty: expected ${extensions.join(' or ')} page files` });
  }
  return pages;
}
