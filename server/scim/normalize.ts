import { badRequest } from './errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import { coreAttribute, extensionOf, schemaOf, subAttribute } from './schema/resolve.js';
import type { AttributeDef, ResourceTypeDef } from './schema/types.js';

/**
 * Reads a resource sent by a client (POST, PUT, or the result of a PATCH) into its stored form:
 * attribute names in their schema spelling, values of the declared type (Entra's "True" / "False"
 * strings and numbers sent for strings are accepted), unassigned (null, empty) values dropped.
 * Read-only attributes (id, meta, groups) are ignored as RFC 7643 §7 says; attributes no schema
 * declares are dropped. Throws a 400 naming the attribute when a value has the wrong shape.
 */
export function normalizeResource(type: ResourceTypeDef, input: unknown): JsonObject {
  if (!isJsonObject(input)) {
    throw badRequest('invalidSyntax', `the request body must be a JSON object: a SCIM ${type.name} resource`);
  }
  const schemas = normalizeSchemas(type, input);
  const output: JsonObject = { schemas };
  for (const [key, value] of Object.entries(input)) {
    const lower = key.toLowerCase();
    if (lower === 'schemas') continue;
    const extension = extensionOf(type, key);
    if (extension) {
      if (value === null) continue;
      if (!isJsonObject(value))
        throw badRequest('invalidValue', `'${extension.id}' must be an object holding the ${extension.name} attributes`);
      const normalized: JsonObject = {};
      for (const [innerKey, innerValue] of Object.entries(value)) {
        const def = extension.attributes.find((candidate) => candidate.name.toLowerCase() === innerKey.toLowerCase());
        if (!def || def.mutability === 'readOnly') continue;
        const result = normalizeAttribute(def, innerValue, `${extension.id}:${def.name}`);
        if (result !== undefined) normalized[def.name] = result;
      }
      if (Object.keys(normalized).length > 0) output[extension.id] = normalized;
      if (!schemas.includes(extension.id)) schemas.push(extension.id);
      continue;
    }
    const def = coreAttribute(type, key);
    if (!def || def.mutability === 'readOnly') continue;
    const result = normalizeAttribute(def, value, def.name);
    if (result !== undefined) output[def.name] = result;
  }
  for (const def of type.schema.attributes) {
    const value = output[def.name];
    if (def.required && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
      throw badRequest('invalidValue', `'${def.name}' is required: a ${type.name} needs a non-empty ${def.name}`);
    }
  }
  return output;
}

function normalizeSchemas(type: ResourceTypeDef, input: JsonObject): string[] {
  const key = Object.keys(input).find((candidate) => candidate.toLowerCase() === 'schemas');
  const accepted = [type.schema.id, ...type.extensions.map((schema) => schema.id)].map((id) => `"${id}"`).join(' and ');
  const value = key === undefined ? undefined : input[key];
  if (value === undefined || value === null) {
    throw badRequest('invalidSyntax', `'schemas' is missing: a ${type.name} must list "${type.schema.id}" in 'schemas'`);
  }
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw badRequest('invalidSyntax', `'schemas' must be an array of schema URNs, e.g. ["${type.schema.id}"]`);
  }
  const schemas: string[] = [];
  for (const uri of value) {
    const schema = schemaOf(type, uri);
    if (!schema) throw badRequest('invalidValue', `unknown schema "${uri}" in 'schemas': a ${type.name} accepts ${accepted}`);
    if (!schemas.includes(schema.id)) schemas.push(schema.id);
  }
  if (!schemas.includes(type.schema.id)) {
    throw badRequest(
      'invalidValue',
      `'schemas' must include "${type.schema.id}" (found ${value.map((uri) => `"${uri}"`).join(', ') || 'none'})`,
    );
  }
  return schemas;
}

/** One attribute's value in stored form; undefined when unassigned. `where` names it in errors. */
export function normalizeAttribute(def: AttributeDef, value: JsonValue | undefined, where: string): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (!def.multiValued) return normalizeSingle(def, value, where);
  const elements = Array.isArray(value) ? value : [value];
  const normalized: JsonValue[] = [];
  elements.forEach((element, index) => {
    const result = normalizeSingle(def, element, `${where}[${index}]`);
    if (result !== undefined) normalized.push(result);
  });
  const primaries = normalized.filter((element) => isJsonObject(element) && element.primary === true).length;
  if (primaries > 1) throw badRequest('invalidValue', `'${where}' has ${primaries} values with primary true; at most one may be primary`);
  return normalized.length > 0 ? normalized : undefined;
}

/** One value of an attribute (an element of a multi-valued one). */
export function normalizeSingle(def: AttributeDef, value: JsonValue | undefined, where: string): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (def.type !== 'complex') return normalizeScalar(def, value, where);
  // A bare value for a complex attribute with a `value` sub-attribute: Entra sends the manager id as a string.
  const valueDef = subAttribute(def, 'value');
  if (!isJsonObject(value) && valueDef && !Array.isArray(value)) return normalizeSingle(def, { value }, where);
  if (!isJsonObject(value)) {
    const subs = (def.subAttributes ?? []).map((sub) => sub.name).join(', ');
    throw badRequest('invalidValue', `'${where}' must be an object with ${subs} but is ${describe(value)}`);
  }
  const output: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const sub = subAttribute(def, key);
    if (!sub || sub.mutability === 'readOnly') continue;
    const result = normalizeScalar(sub, inner, `${where}.${sub.name}`);
    if (result !== undefined) output[sub.name] = result;
  }
  return Object.keys(output).length > 0 ? output : undefined;
}

function normalizeScalar(def: AttributeDef, value: JsonValue, where: string): JsonValue | undefined {
  if (value === null) return undefined;
  switch (def.type) {
    case 'string':
    case 'reference':
    case 'binary':
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase() === 'true';
      break;
    case 'integer':
    case 'decimal': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number === 'number' && Number.isFinite(number) && (def.type === 'decimal' || Number.isInteger(number))) return number;
      break;
    }
    case 'dateTime':
      if (typeof value === 'string' && Number.isFinite(Date.parse(value))) return value;
      break;
    case 'complex':
      break;
  }
  throw badRequest('invalidValue', `'${where}' must be ${expected(def)} but is ${describe(value)}`);
}

function expected(def: AttributeDef): string {
  switch (def.type) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'an integer';
    case 'decimal':
      return 'a number';
    case 'dateTime':
      return 'an ISO 8601 date-time string';
    case 'complex':
      return 'an object';
    default:
      return 'a string';
  }
}

function describe(value: JsonValue): string {
  if (Array.isArray(value)) return 'an array';
  if (isJsonObject(value)) return 'an object';
  return JSON.stringify(value);
}
