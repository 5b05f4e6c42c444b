/** The syntax tree of a SCIM filter (RFC 7644 §3.4.2.2) and of a PATCH path (§3.5.2). */

export const COMPARE_OPERATORS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOperator = (typeof COMPARE_OPERATORS)[number];

export type Literal = string | number | boolean | null;

/** `[uri ":"] name ["." subAttr]`, e.g. `name.familyName` or `urn:…:enterprise:2.0:User:employeeNumber`. */
export interface AttributePath {
  uri: string | null;
  name: string;
  subAttr: string | null;
  /** As written, for messages. */
  text: string;
  position: number;
}

export interface CompareNode {
  kind: 'compare';
  path: AttributePath;
  op: CompareOperator;
  value: Literal;
  position: number;
}

export interface PresentNode {
  kind: 'present';
  path: AttributePath;
  position: number;
}

export interface LogicalNode {
  kind: 'and' | 'or';
  left: FilterNode;
  right: FilterNode;
  position: number;
}

export interface NotNode {
  kind: 'not';
  filter: FilterNode;
  position: number;
}

/** `emails[type eq "work" and value co "@acme.com"]`: some element of `path` matches `filter`. */
export interface ValuePathNode {
  kind: 'valuePath';
  path: AttributePath;
  filter: FilterNode;
  position: number;
}

export type FilterNode = CompareNode | PresentNode | LogicalNode | NotNode | ValuePathNode;

/** A PATCH target: `attrPath`, or `attrPath[valFilter]` optionally followed by `.subAttr`. */
export interface PatchPath {
  path: AttributePath;
  filter: FilterNode | null;
  /** The sub-attribute after a value filter, as in `emails[type eq "work"].value`. */
  subAttr: string | null;
}

/** Every attribute path in a filter, with the value path it sits in (null at the top level). */
export function attributePaths(
  node: FilterNode,
  parent: AttributePath | null = null,
): { path: AttributePath; parent: AttributePath | null }[] {
  switch (node.kind) {
    case 'compare':
    case 'present':
      return [{ path: node.path, parent }];
    case 'and':
    case 'or':
      return [...attributePaths(node.left, parent), ...attributePaths(node.right, parent)];
    case 'not':
      return attributePaths(node.filter, parent);
    case 'valuePath':
      return [{ path: node.path, parent }, ...attributePaths(node.filter, node.path)];
  }
}
