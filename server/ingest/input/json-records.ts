/**
 * Walks the records of a JSON import (one file, or a folder of pages in name order), one page in
 * memory at a time. Checks record 0 is the right kind before anything else. A last page that still
 * points to another (a cursor or next link), or a SCIM listing holding fewer resources than its
 * totalResults, makes the listing partial: it is read, and marks nothing removed.
 */
import type { ImportBatch, ImportKind } from '../model.js';
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
  /** No records is a listing of nothing, not a likely mistake (ParseOptions.emptyIsComplete). */
  emptyIsComplete?: boolean;
}

export interface JsonListing {
  /** Records read across every page. */
  records: number;
  /** Why the pages given are not the whole listing (the last one points to more), or null. */
  morePages: string | null;
}

/** Records the listing on the batch: a listing with more pages is partial, so it marks nothing removed, and the run says why. */
export function takeListing(batch: ImportBatch, listing: JsonListing): void {
  batch.recordsRead = listing.records;
  if (listing.morePages === null) return;
  batch.complete = false;
  batch.notes.push(listing.morePages);
}

export interface JsonPageVisit {
  file: InputFile;
  root: unknown;
  page: PageRecords;
}

/**
 * Reads every record; `onRecord` gets a located reader per object record, `onPage` each page read,
 * records or none (what a page says of the whole listing, e.g. whose it is, holds when it is empty too).
 */
export async function readJsonRecords(
  files: readonly InputFile[],
  spec: JsonKindSpec,
  problems: Problems,
  onRecord: (record: RecordReader, page: JsonPageVisit) => void,
  onPage?: (page: JsonPageVisit) => void,
): Promise<JsonListing> {
  const pages = await expandInputs(files, ['.json']);
  let total = 0;
  let checked = spec.skipKindCheck === true;
  let last: { file: InputFile; page: PageRecords } | undefined;
  let scimTotal: { file: InputFile; total: number } | undefined;
  let saidEmpty = pages.length > 0;

  for (const file of pages) {
    const visit = await collecting(problems, async () => {
      const root = await readJsonPage(file, spec.kind);
      return { file, root, page: pageRecords(file, root, spec.keys) };
    });
    if (!visit) continue;
    last = { file, page: visit.page };
    saidEmpty &&= visit.page.saysEmpty;
    if (visit.page.totalResults !== null) scimTotal = { file, total: visit.page.totalResults };
    onPage?.(visit);
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

  let morePages: string | null = null;
  if (last?.page.next) {
    morePages = `Partial listing: ${last.file.name}, the last page given, has ${last.page.next.marker}, so the API had more pages; nothing is marked removed. Give every page (a folder of page files, read in name order) for a complete import.`;
  } else if (scimTotal && total < scimTotal.total) {
    morePages = `Partial listing: ${scimTotal.file.name} says totalResults ${scimTotal.total}, but the pages hold ${total} resources; nothing is marked removed. Give every page (a folder of page files, read in name order) for a complete import.`;
  }
  const first = pages[0];
  if (total === 0 && problems.count === 0 && first && !saidEmpty && spec.emptyIsComplete !== true)
    problems.add({ file: first.name }, 'no records: the export lists nothing');
  return { records: total, morePages };
}
