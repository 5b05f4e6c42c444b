import { badRequest } from './errors.js';
import type { AttributePath } from './filter/ast.js';
import { parseAttributePath } from './filter/parser.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import { extensionOf, resolveAttribute } from './schema/resolve.js';
import type { ResourceTypeDef } from './schema/types.js';

/** The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5). */
export interface Selection {
  attributes: string[] | null;
  excludedAttributes: string[];
}

export function parseSelection(attributes: string | null, excludedAttributes: string | null): Selection {
  return {
    attributes: attributes === null ? null : splitPaths(attributes, 'attributes'),
    excludedAttributes: excludedAttributes === null ? [] : splitPaths(excludedAttributes, 'excludedAttributes'),
  };
}

function splitPaths(list: string, parameter: string): string[] {
  const paths = list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const text of paths) {
    if (!/^urn:/i.test(text) && !parseAttributePath(text)) {
      throw badRequest(
        'invalidValue',
        `${parameter}: '${text}' is not an attribute path (expected e.g. userName, name.familyName or emails.value)`,
      );
    }
  }
  return paths;
}

/** Container ('' = the resource itself, else an extension URN) → attribute → everything, or some sub-attributes. */
type Tree = Map<string, 'all' | Map<string, 'all' | Set<string>>>;

function treeOf(type: ResourceTypeDef, paths: string[]): Tree {
  const tree: Tree = new Map();
  for (const text of paths) {
    if (text.toLowerCase() === type.schema.id.toLowerCase()) {
      tree.set('', 'all');
      continue;
    }
    const extension = extensionOf(type, text);
    if (extension) {
      tree.set(extension.id, 'all');
      continue;
    }
    const path: AttributePath | null = parseAttributePath(text);
    const resolved = path ? resolveAttribute(type, path) : null;
    if (!resolved) continue;
    const container = resolved.extension?.id ?? '';
    let attributes = tree.get(container);
    if (attributes === 'all') continue;
    if (!attributes) {
      attributes = new Map();
      tree.set(container, attributes);
    }
    const current = attributes.get(resolved.def.name);
    if (current === 'all') continue;
    if (!resolved.sub) attributes.set(resolved.def.name, 'all');
    else attributes.set(resolved.def.name, new Set([...(current ?? []), resolved.sub.name]));
  }
  return tree;
}

/** Whether a top-level core attribute (e.g. Group `members`) appears in the response at all. */
export function isReturned(type: ResourceTypeDef, selection: Selection, name: string): boolean {
  if (selection.attributes !== null) {
    const included = treeOf(type, selection.attributes).get('');
    if (included === undefined) return false;
    if (included !== 'all' && !included.has(name)) return false;
  }
  const excluded = treeOf(type, selection.excludedAttributes).get('');
  if (excluded === 'all') return false;
  return excluded?.get(name) !== 'all';
}

/** Applies the selection to a rendered resource; `schemas`, `id` and other returned:always attributes stay. */
export function project(type: ResourceTypeDef, resource: JsonObject, selection: Selection): JsonObject {
  let output = resource;
  if (selection.attributes !== null) output = include(type, resource, treeOf(type, selection.attributes));
  if (selection.excludedAttributes.length > 0) output = exclude(type, output, treeOf(type, selection.excludedAttributes));
  return output;
}

function alwaysReturned(type: ResourceTypeDef, key: string): boolean {
  if (key === 'schemas') return true;
  const resolved = resolveAttribute(type, { uri: null, name: key, subAttr: null, text: key, position: 0 });
  return resolved !== null && !resolved.extension && resolved.def.returned === 'always';
}

function include(type: ResourceTypeDef, resource: JsonObject, tree: Tree): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(resource)) {
    if (alwaysReturned(type, key)) {
      output[key] = value;
      continue;
    }
    const extension = extensionOf(type, key);
    const selected = tree.get(extension ? extension.id : '');
    if (!selected) continue;
    if (extension) {
      if (selected === 'all') output[key] = value;
      else if (isJsonObject(value)) {
        const picked = pickAttributes(value, selected);
        if (Object.keys(picked).length > 0) output[key] = picked;
      }
      continue;
    }
    if (selected === 'all') {
      output[key] = value;
      continue;
    }
    const attribute = selected.get(key);
    if (attribute === undefined) continue;
    const picked = pickSubAttributes(value, attribute);
    if (picked !== undefined) output[key] = picked;
  }
  return output;
}

function pickAttributes(object: JsonObject, selected: Map<string, 'all' | Set<string>>): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const attribute = selected.get(key);
    if (attribute === undefined) continue;
    const picked = pickSubAttributes(value, attribute);
    if (picked !== undefined) output[key] = picked;
  }
  return output;
}

function pickSubAttributes(value: JsonValue, selected: 'all' | Set<string>): JsonValue | undefined {
  if (selected === 'all') return value;
  const pick = (element: JsonValue): JsonValue | undefined => {
    if (!isJsonObject(element)) return undefined;
    const picked: JsonObject = {};
    for (const [key, inner] of Object.entries(element)) if (selected.has(key)) picked[key] = inner;
    return Object.keys(picked).length > 0 ? picked : undefined;
  };
  if (Array.isArray(value)) {
    const picked = value.map(pick).filter((element): element is JsonValue => element !== undefined);
    return picked.length > 0 ? picked : undefined;
  }
  return pick(value);
}

function exclude(type: ResourceTypeDef, resource: JsonObject, tree: Tree): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(resource)) {
    if (alwaysReturned(type, key)) {
      output[key] = value;
      continue;
    }
    const extension = extensionOf(type, key);
    const excluded = tree.get(extension ? extension.id : '');
    if (excluded === undefined) {
      output[key] = value;
      continue;
    }
    if (excluded === 'all') continue;
    if (extension) {
      if (!isJsonObject(value)) continue;
      const kept = dropAttributes(value, excluded);
      if (Object.keys(kept).length > 0) output[key] = kept;
      continue;
    }
    const attribute = excluded.get(key);
    if (attribute === undefined) output[key] = value;
    else if (attribute !== 'all') {
      const kept = dropSubAttributes(value, attribute);
      if (kept !== undefined) output[key] = kept;
    }
  }
  return output;
}

function dropAttributes(object: JsonObject, excluded: Map<string, 'all' | Set<string>>): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const attribute = excluded.get(key);
    if (attribute === undefined) output[key] = value;
    else if (attribute !== 'all') {
      const kept = dropSubAttributes(value, attribute);
      if (kept !== undefined) output[key] = kept;
    }
  }
  return output;
}

function dropSubAttributes(value: JsonValue, excluded: Set<string>): JsonValue | undefined {
  const drop = (element: JsonValue): JsonValue | undefined => {
    if (!isJsonObject(element)) return element;
    const kept: JsonObject = {};
    for (const [key, inner] of Object.entries(element)) if (!excluded.has(key)) kept[key] = inner;
    return Object.keys(kept).length > 0 ? kept : undefined;
  };
  if (Array.isArray(value)) {
    const kept = value.map(drop).filter((element): element is JsonValue => element !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  return drop(value);
}
