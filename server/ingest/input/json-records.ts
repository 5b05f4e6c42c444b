/**
 * Walks the records of a JSON import (one file, or a folder of pages in name order), one page in
 * memory at a time. Checks record 0 is the right kind before anything else, that the last page does
 * not announce more pages, and that a SCIM listing holds as many resources as it says.
 */
import type { ImportKind } from '../model.js';
import type { InputFile } from '../parser.js';
import { wrongJsonKind } from './detect.js';
import { expandInputs } from './files.js';
import { readJsonPage, pageRecords, type PageRecords } from './json-pages.js';
import { RecordReader, isJsonObject } from './json-record.js';
import { collecting, fatal, type Problems } from './problems.js';
import { describeFound } from './result.js';

export interface JsonKindSpec {
  kind: ImportKind;
  /** Envelope keys holding the records, in the order tried. */
  keys: readonly string[];
  /** Skip the record-0 kind check (kinds whose records come in several shapes check themselves). */
  skipKindCheck?: boolean;
}

export interface JsonPageVisit {
  file: InputFile;
  root: unknown;
  page: PageRecords;
}

/** Reads every record; `onRecord` gets a located reader per object record. Returns the number of records. */
export async function readJsonRecords(
  files: readonly InputFile[],
  spec: JsonKindSpec,
  problems: Problems,
  onRecord: (record: RecordReader, page: JsonPageVisit) => void,
): Promise<number> {
  const pages = await expandInputs(files, ['.json']);
  let total = 0;
  let checked = spec.skipKindCheck === true;
  let last: { file: InputFile; page: PageRecords } | undefined;
  let scimTotal: { file: InputFile; total: number } | undefined;

  for (const file of pages) {
    const visit = await collecting(problems, async () => {
      const root = await readJsonPage(file, spec.kind);
      return { file, root, page: pageRecords(file, root, spec.keys) };
    });
    if (!visit) continue;
    last = { file, page: visit.page };
    if (visit.page.totalResults !== null) scimTotal = { file, total: visit.page.totalResults };
    visit.page.records.forEach((item, index) => {
      total += 1;
      if (!isJsonObject(item)) {
        problems.add({ file: file.name, record: index }, `expected a record (an object), found ${describeFound(item)}`);
        return;
      }
      if (!checked) {
        checked = true;
        const wrong = wrongJsonKind(spec.kind, item);
        if (wrong) fatal({ file: file.name, record: index }, wrong);
      }
      onRecord(new RecordReader(item, file.name, index, problems), visit);
    });
  }

  if (last?.page.next) {
    problems.add(
      { file: last.file.name },
      `this is the last page given, but it has ${last.page.next.marker}: the API had more pages, so the export is incomplete; add the remaining pages (a folder of page files is read in name order)`,
    );
  }
  if (scimTotal && total < scimTotal.total) {
    problems.add({ file: scimTotal.file.name }, `the ListResponse says totalResults ${scimTotal.total}, but the pages hold ${total} resources: pages are missing`);
  }
  const first = pages[0];
  if (total === 0 && problems.count === 0 && first) problems.add({ file: first.name }, 'no records: the export lists nothing');
  return total;
}
