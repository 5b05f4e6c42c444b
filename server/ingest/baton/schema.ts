/**
 * Baton's published protobuf schema (proto/c1/connector/v2, vendored byte for byte beside this file),
 * loaded once with protobufjs. validate/validate.proto only adds validation options, so its import
 * is skipped; google/protobuf types come with protobufjs.
 */
import { isAbsolute, join } from 'node:path';
import protobuf from 'protobufjs';
import { repoRoot } from '../../config/repo-root.js';

export const BATON_PACKAGE = 'c1.connector.v2';

/** The vendored .proto files Attest reads (their imports are loaded with them). */
const ENTRY_FILES = ['c1/connector/v2/grant.proto', 'c1/connector/v2/annotation_trait.proto'];

let loaded: protobuf.Root | undefined;

export function batonProtoDir(): string {
  return join(repoRoot(), 'server', 'ingest', 'baton', 'proto');
}

/** The schema's root namespace, parsed from the vendored files on first use. */
export function batonSchema(): protobuf.Root {
  if (loaded) return loaded;
  const dir = batonProtoDir();
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    if (target.startsWith('validate/')) return null;
    return isAbsolute(target) ? target : join(dir, target);
  };
  root.loadSync(ENTRY_FILES);
  root.resolveAll();
  loaded = root;
  return root;
}

/** A message type of the c1.connector.v2 package, e.g. "Resource" or "UserTrait". */
export function batonType(name: string): protobuf.Type {
  return batonSchema().lookupType(`${BATON_PACKAGE}.${name}`);
}
