/**
 * The Microsoft Graph service principal listing (GET /servicePrincipals pages) that can sit beside
 * other Graph exports in one folder: Graph names apps in oauth2PermissionGrant and other objects
 * only by service principal id, and this listing gives each id its displayName.
 */
import { basename } from 'node:path';

import type { ImportKind } from '../model.js';
import type { InputFile } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { readJsonRecords, type JsonListing } from '../input/json-records.js';
import type { Problems } from '../input/problems.js';

/** service-principals.json, service-principals-2.json, servicePrincipals-1.json. */
const LISTING_PAGE = /^service-?principals(?:[^0-9A-Za-z]|$)/i;

export function isServicePrincipalPage(file: InputFile): boolean {
  return LISTING_PAGE.test(basename(file.path));
}

export interface ServicePrincipalNames {
  /** displayName by service principal id. */
  names: Map<string, string>;
  listing: JsonListing;
}

/** Reads every page of the listing; each record needs its id and displayName. */
export async function readServicePrincipalNames(
  pages: readonly InputFile[],
  kind: ImportKind,
  problems: Problems,
): Promise<ServicePrincipalNames> {
  const names = new Map<string, string>();
  const ids = new UniqueCheck('service principal id', problems);
  const listing = await readJsonRecords(pages, { kind, keys: ['value'], skipKindCheck: true }, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    const name = r.requiredString('displayName');
    if (id && name && ids.check(id, r.where('id'))) names.set(id, name);
  });
  return { names, listing };
}
