import type { AttributePath, FilterNode } from '../filter/ast.js';
import { FilterSyntaxError } from '../filter/errors.js';
import type { AttributeTraits, TraitsLookup } from '../filter/evaluate.js';
import { COMMON_ATTRIBUTES } from './common.js';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from './types.js';

/** Where an attribute path lands in a resource type's schemas. */
export interface ResolvedAttribute {
  /** The extension schema holding the attribute; null for core and common attributes. */
  extension: SchemaDef | null;
  def: AttributeDef;
  sub: AttributeDef | null;
}

function byName(defs: AttributeDef[], name: string): AttributeDef | undefined {
  const lower = name.toLowerCase();
  return defs.find((def) => def.name.toLowerCase() === lower);
}

/** The core schema or extension of `type` whose URN is `uri` (ignoring case). */
export function schemaOf(type: ResourceTypeDef, uri: string): SchemaDef | null {
  const lower = uri.toLowerCase();
  return [type.schema, ...type.extensions].find((schema) => schema.id.toLowerCase() === lower) ?? null;
}

export function extensionOf(type: ResourceTypeDef, uri: string): SchemaDef | null {
  const lower = uri.toLowerCase();
  return type.extensions.find((schema) => schema.id.toLowerCase() === lower) ?? null;
}

/** Core or common attribute by name. */
export function coreAttribute(type: ResourceTypeDef, name: string): AttributeDef | undefined {
  return byName(type.schema.attributes, name) ?? byName(COMMON_ATTRIBUTES, name);
}

export function subAttribute(def: AttributeDef, name: string): AttributeDef | undefined {
  return byName(def.subAttributes ?? [], name);
}

/**
 * Resolves `path` (names ignore case). A URN prefix selects the core schema or an extension; a bare
 * name is looked up in the core schema and the common attributes, then in the extensions. Inside a
 * value filter, `parent` is the multi-valued attribute and `path` names one of its sub-attributes.
 */
export function resolveAttribute(type: ResourceTypeDef, path: AttributePath, parent: ResolvedAttribute | null = null): ResolvedAttribute | null {
  if (parent) {
    if (path.uri !== null || path.subAttr !== null) return null;
    const sub = subAttribute(parent.def, path.name);
    return sub ? { extension: parent.extension, def: parent.def, sub } : null;
  }
  let extension: SchemaDef | null = null;
  let def: AttributeDef | undefined;
  if (path.uri !== null) {
    const schema = schemaOf(type, path.uri);
    if (!schema) return null;
    if (schema === type.schema) {
      def = coreAttribute(type, path.name);
    } else {
      extension = schema;
      def = byName(schema.attributes, path.name);
    }
  } else {
    def = coreAttribute(type, path.name);
    for (const candidate of type.extensions) {
      if (def) break;
      def = byName(candidate.attributes, path.name);
      if (def) extension = candidate;
    }
  }
  if (!def) return null;
  if (path.subAttr === null) return { extension, def, sub: null };
  const sub = subAttribute(def, path.subAttr);
  return sub ? { extension, def, sub } : null;
}

/** The attribute a comparison reads: the sub-attribute, or `value` of a complex attribute. */
function comparedDef(resolved: ResolvedAttribute): AttributeDef {
  const def = resolved.sub ?? resolved.def;
  return def.type === 'complex' ? (subAttribute(def, 'value') ?? def) : def;
}

/** Schema-aware traits for the filter evaluator (types and case sensitivity). */
export function traitsFor(type: ResourceTypeDef, outerParent: AttributePath | null = null): TraitsLookup {
  return (path, parent) => {
    const enclosing = parent ?? outerParent;
    const parentResolved = enclosing ? resolveAttribute(type, enclosing) : null;
    const resolved = resolveAttribute(type, path, parentResolved);
    if (!resolved) return undefined;
    const def = comparedDef(resolved);
    const traits: AttributeTraits = { type: def.type, caseExact: def.caseExact };
    return traits;
  };
}

/**
 * Checks a parsed filter against the resource type's schemas: every attribute exists, value
 * filters apply to complex attributes, and no ordering or substring comparison targets a boolean.
 * `parent` is set for a PATCH value filter (`members[value eq "x"]`).
 */
export function checkFilter(type: ResourceTypeDef, node: FilterNode, parent: ResolvedAttribute | null = null): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      checkFilter(type, node.left, parent);
      checkFilter(type, node.right, parent);
      return;
    case 'not':
      checkFilter(type, node.filter, parent);
      return;
    case 'present':
      resolveOrThrow(type, node.path, parent);
      return;
    case 'valuePath': {
      const resolved = resolveOrThrow(type, node.path, parent);
      if (resolved.def.type !== 'complex' || resolved.sub) {
        throw new FilterSyntaxError(
          `'${node.path.text}' at position ${node.path.position} is not a complex attribute, so it cannot take a value filter '[…]'`,
          node.path.position,
        );
      }
      checkFilter(type, node.filter, resolved);
      return;
    }
    case 'compare': {
      const resolved = resolveOrThrow(type, node.path, parent);
      const def = comparedDef(resolved);
      if (def.type === 'boolean' && node.op !== 'eq' && node.op !== 'ne') {
        throw new FilterSyntaxError(
          `'${node.op}' is not defined for the boolean attribute '${node.path.text}' at position ${node.path.position}; use eq or ne`,
          node.path.position,
        );
      }
      if (def.type === 'binary' && node.op !== 'eq' && node.op !== 'ne' && node.op !== 'co' && node.op !== 'sw' && node.op !== 'ew') {
        throw new FilterSyntaxError(`'${node.op}' is not defined for the binary attribute '${node.path.text}' at position ${node.path.position}`, node.path.position);
      }
      return;
    }
  }
}

function resolveOrThrow(type: ResourceTypeDef, path: AttributePath, parent: ResolvedAttribute | null): ResolvedAttribute {
  const resolved = resolveAttribute(type, path, parent);
  if (resolved) return resolved;
  const within = parent ? ` of '${parent.def.name}'` : ` of ${type.name}`;
  throw new FilterSyntaxError(`unknown attribute '${path.text}'${within} at position ${path.position}`, path.position);
}
