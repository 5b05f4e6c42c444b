import type { FilterNode, PatchPath } from './filter/ast.js';
import { FilterSyntaxError } from './filter/errors.js';
import { evaluateFilter } from './filter/evaluate.js';
import { parsePatchPath } from './filter/parser.js';
import { badRequest } from './errors.js';
import { cloneJson, findKey, isJsonObject, jsonEqual, type JsonObject, type JsonValue } from './json.js';
import { normalizeAttribute, normalizeSingle } from './normalize.js';
import { checkFilter, extensionOf, resolveAttribute, subAttribute, traitsFor, type ResolvedAttribute } from './schema/resolve.js';
import type { AttributeDef, ResourceTypeDef } from './schema/types.js';
import { PATCH_OP_URN } from './schema/urns.js';

export type PatchOpName = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  op: PatchOpName;
  path: string | null;
  value: JsonValue | undefined;
  /** "Operations[2]", for messages. */
  where: string;
}

/**
 * Reads a PatchOp request (RFC 7644 §3.5.2). Operation names ignore case (Entra sends "Replace"),
 * and an empty path counts as no path.
 */
export function parsePatchRequest(body: unknown): PatchOperation[] {
  if (!isJsonObject(body)) throw badRequest('invalidSyntax', 'the request body must be a JSON object: a PatchOp message');
  const schemas = body[findKey(body, 'schemas') ?? 'schemas'];
  if (!Array.isArray(schemas)) {
    throw badRequest('invalidSyntax', `'schemas' is missing: a PATCH body must have "schemas": ["${PATCH_OP_URN}"]`);
  }
  const unknown = schemas.find((uri) => typeof uri !== 'string' || uri.toLowerCase() !== PATCH_OP_URN.toLowerCase());
  if (unknown !== undefined || schemas.length === 0) {
    const found = unknown === undefined ? 'an empty list' : JSON.stringify(unknown);
    throw badRequest('invalidValue', `unknown schema ${found} in 'schemas': a PATCH body must have "schemas": ["${PATCH_OP_URN}"]`);
  }
  const operations = body[findKey(body, 'Operations') ?? 'Operations'];
  if (!Array.isArray(operations) || operations.length === 0) {
    throw badRequest('invalidSyntax', `'Operations' must be a non-empty array of {"op", "path", "value"} objects`);
  }
  return operations.map((operation, index): PatchOperation => {
    const where = `Operations[${index}]`;
    if (!isJsonObject(operation)) throw badRequest('invalidSyntax', `${where} must be an object with "op", "path" and "value"`);
    const op = operation[findKey(operation, 'op') ?? 'op'];
    const name = typeof op === 'string' ? op.toLowerCase() : '';
    if (name !== 'add' && name !== 'replace' && name !== 'remove') {
      throw badRequest('invalidSyntax', `${where}.op is ${JSON.stringify(op ?? null)}; expected "add", "replace" or "remove"`);
    }
    const path = operation[findKey(operation, 'path') ?? 'path'];
    if (path !== undefined && path !== null && typeof path !== 'string') throw badRequest('invalidPath', `${where}.path must be a string`);
    const valueKey = findKey(operation, 'value');
    if (name !== 'remove' && path && valueKey === undefined) {
      // RFC 7644 §3.5.2.1 / §3.5.2.3: add and replace MUST carry a value; clearing an attribute is "remove".
      throw badRequest('invalidValue', `${where}: "${name}" of '${path}' has no "value"; to clear an attribute use "remove"`);
    }
    return { op: name, path: path ? path : null, value: valueKey === undefined ? undefined : operation[valueKey], where };
  });
}

/**
 * Applies PATCH operations to a stored resource (schema spellings, no id/meta) and returns the new
 * document; the caller normalizes and validates it as a whole. Pure.
 */
export function applyPatch(type: ResourceTypeDef, resource: JsonObject, operations: PatchOperation[]): JsonObject {
  const document = cloneJson(resource);
  for (const operation of operations) applyOperation(type, document, operation);
  return document;
}

function applyOperation(type: ResourceTypeDef, document: JsonObject, operation: PatchOperation): void {
  const { op, where } = operation;
  if (operation.path !== null) {
    const target = parseTarget(type, operation.path, where);
    if (target.resolved.def.mutability === 'readOnly' || target.resolved.sub?.mutability === 'readOnly') {
      throw badRequest('mutability', `${where}: '${operation.path}' is read-only and cannot be changed`);
    }
    applyAt(type, document, op, target, operation.value, where);
    return;
  }
  if (op === 'remove') throw badRequest('noTarget', `${where}: "remove" needs a "path" naming what to remove`);
  const value = operation.value;
  if (!isJsonObject(value)) {
    throw badRequest('invalidValue', `${where}: without a "path", "value" must be an object of attributes to ${op}`);
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue;
    const extension = extensionOf(type, key);
    if (extension) {
      if (!isJsonObject(inner))
        throw badRequest('invalidValue', `${where}: '${extension.id}' must be an object of ${extension.name} attributes`);
      for (const [name, extensionValue] of Object.entries(inner)) {
        applyKey(type, document, op, `${extension.id}:${name}`, extensionValue, where);
      }
      continue;
    }
    applyKey(type, document, op, key, inner, where);
  }
}

/** One attribute of a path-less add / replace; keys may be paths too (`name.givenName`, as Entra sends). Unknown and read-only keys are ignored, as in a POST. */
function applyKey(type: ResourceTypeDef, document: JsonObject, op: PatchOpName, key: string, value: JsonValue, where: string): void {
  let resolved: ResolvedAttribute | null;
  try {
    resolved = resolveAttribute(type, parsePatchPath(key).path);
  } catch {
    return;
  }
  if (!resolved || resolved.def.mutability === 'readOnly' || resolved.sub?.mutability === 'readOnly') return;
  applyAt(type, document, op, parseTarget(type, key, where), value, `${where}.value.${key}`);
}

interface Target {
  parsed: PatchPath;
  resolved: ResolvedAttribute;
  /** The sub-attribute after a value filter (`emails[type eq "work"].value`). */
  subAttr: AttributeDef | null;
}

function parseTarget(type: ResourceTypeDef, path: string, where: string): Target {
  let parsed: PatchPath;
  try {
    parsed = parsePatchPath(path);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw badRequest('invalidPath', `${where}: invalid path '${path}': ${error.message}`);
    throw error;
  }
  const resolved = resolveAttribute(type, parsed.path);
  if (!resolved)
    throw badRequest(
      'invalidPath',
      `${where}: unknown attribute '${parsed.path.text}' in path '${path}' (${type.name} attributes are listed at /Schemas)`,
    );
  if (parsed.filter) {
    if (resolved.def.type !== 'complex' || !resolved.def.multiValued || resolved.sub) {
      throw badRequest(
        'invalidPath',
        `${where}: '${parsed.path.text}' is not a multi-valued complex attribute, so path '${path}' cannot filter it`,
      );
    }
    try {
      checkFilter(type, parsed.filter, resolved);
    } catch (error) {
      if (error instanceof FilterSyntaxError)
        throw badRequest('invalidPath', `${where}: invalid filter in path '${path}': ${error.message}`);
      throw error;
    }
  }
  return { parsed, resolved, subAttr: resolveSubAttr(resolved, parsed, path, where) };
}

function resolveSubAttr(resolved: ResolvedAttribute, parsed: PatchPath, path: string, where: string): AttributeDef | null {
  if (parsed.subAttr === null) return null;
  const sub = subAttribute(resolved.def, parsed.subAttr);
  if (!sub) throw badRequest('invalidPath', `${where}: '${resolved.def.name}' has no sub-attribute '${parsed.subAttr}' (path '${path}')`);
  return sub;
}

/** The object holding the attribute: the resource, or its extension object (created when writing). */
function containerOf(document: JsonObject, resolved: ResolvedAttribute, create: boolean): JsonObject | undefined {
  if (!resolved.extension) return document;
  const uri = resolved.extension.id;
  const existing = document[uri];
  if (isJsonObject(existing)) return existing;
  if (!create) return undefined;
  const created: JsonObject = {};
  document[uri] = created;
  const schemas = document.schemas;
  if (Array.isArray(schemas) && !schemas.includes(uri)) schemas.push(uri);
  return created;
}

function applyAt(
  type: ResourceTypeDef,
  document: JsonObject,
  op: PatchOpName,
  target: Target,
  value: JsonValue | undefined,
  where: string,
): void {
  const { resolved, parsed } = target;
  const container = containerOf(document, resolved, op !== 'remove');
  if (!container) return;
  const def = resolved.def;
  const key = def.name;

  if (parsed.filter) {
    applyFiltered(type, container, op, target, parsed.filter, value, where);
    return;
  }

  if (resolved.sub) {
    const sub = resolved.sub;
    const current = container[key];
    if (def.multiValued) {
      const elements = Array.isArray(current) ? current.filter(isJsonObject) : [];
      if (op === 'remove') {
        for (const element of elements) delete element[sub.name];
        return;
      }
      const normalized = normalizeAttribute(sub, value, `${where}.value`);
      if (elements.length === 0) {
        if (normalized !== undefined) container[key] = [{ [sub.name]: normalized }];
        return;
      }
      for (const element of elements) setOrDelete(element, sub.name, normalized);
      return;
    }
    if (op === 'remove') {
      if (isJsonObject(current)) {
        delete current[sub.name];
        if (Object.keys(current).length === 0) delete container[key];
      }
      return;
    }
    const normalized = normalizeAttribute(sub, value, `${where}.value`);
    const object = isJsonObject(current) ? current : {};
    setOrDelete(object, sub.name, normalized);
    if (Object.keys(object).length > 0) container[key] = object;
    else delete container[key];
    return;
  }

  if (op === 'remove') {
    if (value !== undefined && value !== null && def.multiValued && Array.isArray(container[key])) {
      // Entra removes members with {"op":"Remove","path":"members","value":[{"value":"id"}]}.
      const toRemove = Array.isArray(value) ? value : [value];
      const remaining = container[key].filter((element) => !toRemove.some((candidate) => sameValue(element, candidate)));
      if (remaining.length > 0) container[key] = remaining;
      else delete container[key];
      return;
    }
    delete container[key];
    return;
  }

  const normalized = normalizeAttribute(def, value, `${where}.value`);
  if (normalized === undefined) {
    delete container[key];
    return;
  }
  const current = container[key];
  if (def.multiValued && Array.isArray(normalized)) {
    if (op === 'replace' || !Array.isArray(current)) {
      container[key] = normalized;
      clearOtherPrimaries(container[key], normalized);
      return;
    }
    const added = normalized.filter((element) => !current.some((existing) => jsonEqual(existing, element)));
    current.push(...added);
    clearOtherPrimaries(current, added);
    return;
  }
  if (def.type === 'complex' && isJsonObject(normalized) && isJsonObject(current)) {
    // RFC 7644 §3.5.2.1 / §3.5.2.3: sub-attributes not given are left unchanged.
    Object.assign(current, normalized);
    return;
  }
  container[key] = normalized;
}

function applyFiltered(
  type: ResourceTypeDef,
  container: JsonObject,
  op: PatchOpName,
  target: Target,
  filter: FilterNode,
  value: JsonValue | undefined,
  where: string,
): void {
  const def = target.resolved.def;
  const key = def.name;
  const current = container[key];
  const elements: JsonValue[] = Array.isArray(current) ? current : [];
  const traits = traitsFor(type, target.parsed.path);
  const matched = elements.filter((element): element is JsonObject => isJsonObject(element) && evaluateFilter(filter, element, traits));
  const sub = target.subAttr;

  if (op === 'remove') {
    if (sub) {
      for (const element of matched) delete element[sub.name];
    } else {
      const remaining = elements.filter((element) => !matched.includes(element as JsonObject));
      if (remaining.length > 0) container[key] = remaining;
      else delete container[key];
    }
    return;
  }

  if (sub) {
    const normalized = normalizeAttribute(sub, value, `${where}.value`);
    if (matched.length > 0) {
      for (const element of matched) setOrDelete(element, sub.name, normalized);
      clearOtherPrimaries(elements, matched);
      return;
    }
    if (normalized === undefined) return;
    const created = { ...templateOf(def, filter, target.parsed.path.text, where), [sub.name]: normalized };
    container[key] = [...elements, created];
    clearOtherPrimaries(container[key], [created]);
    return;
  }

  const normalized = normalizeSingle(def, Array.isArray(value) && value.length === 1 ? value[0] : value, `${where}.value`);
  if (!isJsonObject(normalized)) {
    throw badRequest('invalidValue', `${where}: "value" must be an object of ${key} sub-attributes when the path filters ${key}`);
  }
  if (matched.length > 0) {
    const replaced = elements.map((element) => {
      if (!matched.includes(element as JsonObject)) return element;
      return op === 'replace' ? { ...normalized } : { ...(element as JsonObject), ...normalized };
    });
    container[key] = replaced;
    clearOtherPrimaries(
      replaced,
      replaced.filter((element) => !elements.includes(element)),
    );
    return;
  }
  const created = op === 'add' ? { ...normalized } : { ...templateOf(def, filter, target.parsed.path.text, where), ...normalized };
  container[key] = [...elements, created];
  clearOtherPrimaries(container[key], [created]);
}

/**
 * The element a replace / add through a filter that matched nothing creates: Entra sets
 * `emails[type eq "work"].value` on a user without a work email and expects one to appear. Only
 * filters made of `eq` and `and` describe an element; anything else fails with noTarget (RFC 7644).
 */
function templateOf(def: AttributeDef, filter: FilterNode, path: string, where: string): JsonObject {
  const template = equalities(def, filter);
  if (!template) {
    throw badRequest(
      'noTarget',
      `${where}: no value of '${path}' matches the filter, and the filter does not describe a new one (only eq joined by and can)`,
    );
  }
  return template;
}

function equalities(def: AttributeDef, filter: FilterNode): JsonObject | null {
  if (filter.kind === 'and') {
    const left = equalities(def, filter.left);
    const right = equalities(def, filter.right);
    return left && right ? { ...left, ...right } : null;
  }
  if (filter.kind !== 'compare' || filter.op !== 'eq' || filter.value === null || filter.path.subAttr !== null) return null;
  const sub = subAttribute(def, filter.path.name);
  return sub ? { [sub.name]: filter.value } : null;
}

/** When an operation makes a value primary, every other value stops being primary (RFC 7644 §3.5.2). */
function clearOtherPrimaries(elements: JsonValue[], touched: JsonValue[]): void {
  const primary = [...touched].reverse().find((element) => isJsonObject(element) && element.primary === true);
  if (!primary) return;
  for (const element of elements) {
    if (element !== primary && isJsonObject(element) && element.primary === true) element.primary = false;
  }
}

function sameValue(element: JsonValue, candidate: JsonValue): boolean {
  if (isJsonObject(element) && isJsonObject(candidate)) {
    const elementValue = element.value;
    const candidateKey = findKey(candidate, 'value');
    if (elementValue !== undefined && candidateKey !== undefined) return jsonEqual(elementValue, candidate[candidateKey]);
  }
  if (isJsonObject(element) && typeof candidate === 'string') return element.value === candidate;
  return jsonEqual(element, candidate);
}

function setOrDelete(object: JsonObject, key: string, value: JsonValue | undefined): void {
  if (value === undefined) delete object[key];
  else object[key] = value;
}
