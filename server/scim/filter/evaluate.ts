import { findKey, getIgnoringCase, isJsonObject, type JsonObject, type JsonValue } from '../json.js';
import type { AttributePath, CompareOperator, FilterNode, Literal } from './ast.js';

export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'binary' | 'reference' | 'complex';

/** What the schema says about an attribute; without it strings compare ignoring case. */
export interface AttributeTraits {
  type: AttributeType;
  caseExact: boolean;
}

/**
 * Looks up the traits of `path`; `parent` is the multi-valued attribute of the enclosing value
 * filter (`type` in `emails[type eq "work"]` has parent `emails`). For a complex attribute without a
 * sub-attribute, answer for its `value` sub-attribute, which is what such a comparison reads.
 */
export type TraitsLookup = (path: AttributePath, parent: AttributePath | null) => AttributeTraits | undefined;

const NO_TRAITS: TraitsLookup = () => undefined;

/** True when `resource` (a SCIM resource as JSON) matches `filter`. Pure: no I/O, no schema needed. */
export function evaluateFilter(filter: FilterNode, resource: JsonObject, traits: TraitsLookup = NO_TRAITS): boolean {
  return evaluateNode(filter, resource, null, traits);
}

function evaluateNode(node: FilterNode, root: JsonObject, parent: AttributePath | null, traits: TraitsLookup): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateNode(node.left, root, parent, traits) && evaluateNode(node.right, root, parent, traits);
    case 'or':
      return evaluateNode(node.left, root, parent, traits) || evaluateNode(node.right, root, parent, traits);
    case 'not':
      return !evaluateNode(node.filter, root, parent, traits);
    case 'present':
      return attributeValues(root, node.path).some(isPresent);
    case 'valuePath':
      return elementsOf(attributeValue(root, node.path)).some(
        (element) => isJsonObject(element) && evaluateNode(node.filter, element, node.path, traits),
      );
    case 'compare': {
      const values = comparedValues(root, node.path);
      const expected = node.value;
      if (expected === null) return node.op === 'ne' ? values.length > 0 : node.op === 'eq' ? values.length === 0 : false;
      const attributeTraits = traits(node.path, parent);
      if (node.op === 'ne') return !values.some((value) => compare(value, 'eq', expected, attributeTraits));
      return values.some((value) => compare(value, node.op, expected, attributeTraits));
    }
  }
}

/**
 * The value of `path` in `root`, before flattening: a URN prefix selects the extension object of
 * that name when the resource has one (the core schema's URN selects the resource itself); a bare
 * name not found at the top level is looked up in the extension objects.
 */
export function attributeValue(root: JsonObject, path: AttributePath): JsonValue | undefined {
  let base: JsonObject = root;
  if (path.uri !== null) {
    const extension = getIgnoringCase(root, path.uri);
    if (isJsonObject(extension)) base = extension;
  }
  let value = getIgnoringCase(base, path.name);
  if (value === undefined && path.uri === null) {
    for (const key of Object.keys(root)) {
      const extension = root[key];
      if (key.toLowerCase().startsWith('urn:') && isJsonObject(extension)) {
        value = getIgnoringCase(extension, path.name);
        if (value !== undefined) break;
      }
    }
  }
  if (path.subAttr === null || value === undefined) return value;
  const subAttr = path.subAttr;
  if (Array.isArray(value)) {
    return value.flatMap((element) => (isJsonObject(element) ? elementsOf(getIgnoringCase(element, subAttr)) : []));
  }
  return isJsonObject(value) ? getIgnoringCase(value, subAttr) : undefined;
}

/** Every value `path` holds, multi-valued attributes flattened, unassigned (null) values dropped. */
export function attributeValues(root: JsonObject, path: AttributePath): JsonValue[] {
  return elementsOf(attributeValue(root, path));
}

/** A complex value compared with a literal is compared through its `value` sub-attribute (`members eq "id"`). */
function comparedValues(root: JsonObject, path: AttributePath): JsonValue[] {
  return attributeValues(root, path).flatMap((value) => {
    if (!isJsonObject(value)) return [value];
    const key = findKey(value, 'value');
    const inner = key === undefined ? undefined : value[key];
    return inner === undefined || inner === null ? [] : [inner];
  });
}

function elementsOf(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.filter((element) => element !== null) : [value];
}

function isPresent(value: JsonValue): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isJsonObject(value)) return Object.values(value).some((inner) => inner !== null && isPresent(inner));
  return value !== null;
}

function compare(actual: JsonValue, op: CompareOperator, expected: Exclude<Literal, null>, traits: AttributeTraits | undefined): boolean {
  let left: JsonValue = actual;
  let right: Exclude<Literal, null> = expected;
  if (traits?.type === 'boolean') {
    left = asBoolean(left);
    right = asBoolean(right);
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    return op === 'eq' ? left === right : false;
  }
  if (typeof left === 'number' && typeof right === 'number') return order(op, left, right);
  if (typeof left === 'string' && typeof right === 'string') {
    if (traits?.type === 'dateTime' && !['co', 'sw', 'ew'].includes(op)) {
      const leftTime = Date.parse(left);
      const rightTime = Date.parse(right);
      if (Number.isFinite(leftTime) && Number.isFinite(rightTime)) return order(op, leftTime, rightTime);
    }
    const exact = traits?.caseExact ?? false;
    const a = exact ? left : left.toLowerCase();
    const b = exact ? right : right.toLowerCase();
    switch (op) {
      case 'co':
        return a.includes(b);
      case 'sw':
        return a.startsWith(b);
      case 'ew':
        return a.endsWith(b);
      default:
        return order(op, a, b);
    }
  }
  return false;
}

function order<T extends number | string>(op: CompareOperator, a: T, b: T): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    default:
      return false;
  }
}

/** Entra ID sends booleans as "True" / "False" strings in places. */
function asBoolean<T extends JsonValue>(value: T): T | boolean {
  if (typeof value !== 'string') return value;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : value;
}
