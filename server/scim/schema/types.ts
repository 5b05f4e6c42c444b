import type { AttributeType } from '../filter/evaluate.js';

export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

/** An attribute as RFC 7643 §7 describes it; published as is by /Schemas. */
export interface AttributeDef {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttributeDef[];
}

export interface SchemaDef {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDef[];
}

export interface ResourceTypeDef {
  id: 'User' | 'Group';
  name: string;
  endpoint: '/Users' | '/Groups';
  description: string;
  schema: SchemaDef;
  extensions: SchemaDef[];
}

type Options = Partial<Omit<AttributeDef, 'name' | 'type' | 'description'>>;

const DEFAULTS = {
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
} as const;

export function attribute(name: string, type: AttributeDef['type'], description: string, options: Options = {}): AttributeDef {
  return { name, type, description, ...DEFAULTS, ...options };
}

export function complex(name: string, description: string, subAttributes: AttributeDef[], options: Options = {}): AttributeDef {
  return attribute(name, 'complex', description, { ...options, subAttributes });
}

/** The usual multi-valued complex attribute: value, display, type, primary. */
export function multiValuedStandard(
  name: string,
  description: string,
  canonicalTypes: string[],
  valueType: AttributeDef['type'] = 'string',
  valueOptions: Options = {},
): AttributeDef {
  return complex(
    name,
    description,
    [
      attribute('value', valueType, `The ${name} value.`, valueOptions),
      attribute('display', 'string', 'A human-readable name, primarily used for display purposes.'),
      attribute('type', 'string', `A label indicating the attribute's function.`, canonicalTypes.length ? { canonicalValues: canonicalTypes } : {}),
      attribute('primary', 'boolean', `A Boolean value indicating the 'primary' or preferred value; at most one value has primary true.`),
    ],
    { multiValued: true },
  );
}
