import { COMPARE_OPERATORS, type AttributePath, type CompareOperator, type FilterNode, type Literal, type PatchPath } from './ast.js';
import { FilterSyntaxError } from './errors.js';
import { tokenize, type Token } from './tokenizer.js';

/** Longer filters are refused before they are read. */
export const MAX_FILTER_LENGTH = 10_000;
/** Nesting of parentheses, `not` and value filters. */
export const MAX_FILTER_DEPTH = 32;

const ORDERING: ReadonlySet<CompareOperator> = new Set(['gt', 'ge', 'lt', 'le']);
const SUBSTRING: ReadonlySet<CompareOperator> = new Set(['co', 'sw', 'ew']);
const NAME = /^[A-Za-z$][\w$-]*$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const OPERATOR_LIST = 'eq, ne, co, sw, ew, pr, gt, ge, lt, le';

/** Parses a filter expression such as `userName eq "bjensen" and not (emails pr)`. */
export function parseFilter(input: string): FilterNode {
  const parser = new Parser(input, 'filter');
  return parser.filter();
}

/** Parses a PATCH path: `members`, `name.familyName`, `members[value eq "x"]`, `emails[type eq "work"].value`. */
export function parsePatchPath(input: string): PatchPath {
  const parser = new Parser(input, 'path');
  return parser.patchPath();
}

/**
 * Parses one attribute path as written in `attributes`, a filter or a PATCH path.
 * Attribute names follow RFC 7643 (`ALPHA *(ALPHA / DIGIT / "-" / "_")`, plus `$ref`); a URN
 * prefix ends at the last colon, so `urn:…:2.0:User:manager.value` is the enterprise `manager.value`.
 */
export function parseAttributePath(text: string, position = 0): AttributePath | null {
  let uri: string | null = null;
  let rest = text;
  if (/^urn:/i.test(text)) {
    const colon = text.lastIndexOf(':');
    uri = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  const parts = rest.split('.');
  if (parts.length > 2 || !parts.every((part) => NAME.test(part))) return null;
  const [name, subAttr] = parts;
  if (name === undefined) return null;
  return { uri, name, subAttr: subAttr ?? null, text, position };
}

function describe(token: Token, noun: 'filter' | 'path'): string {
  return token.kind === 'end' ? `the end of the ${noun}` : `'${token.text}'`;
}

function keyword(token: Token, word: string): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === word;
}

type Closer = { kind: ')' | ']'; opener: Token } | null;

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(
    input: string,
    private readonly noun: 'filter' | 'path',
  ) {
    if (input.length > MAX_FILTER_LENGTH) {
      throw new FilterSyntaxError(`the ${noun} is ${input.length} characters long; the limit is ${MAX_FILTER_LENGTH}`, MAX_FILTER_LENGTH);
    }
    this.tokens = tokenize(input);
  }

  filter(): FilterNode {
    if (this.peek().kind === 'end') throw new FilterSyntaxError('the filter is empty', 0);
    const node = this.or(null, false);
    this.expectEnd();
    return node;
  }

  patchPath(): PatchPath {
    const first = this.peek();
    if (first.kind === 'end') throw new FilterSyntaxError('the path is empty', 0);
    const path = this.attributePath('at the start of the path');
    let filter: FilterNode | null = null;
    let subAttr: string | null = null;
    if (this.peek().kind === '[') {
      if (path.subAttr !== null) {
        const bracket = this.peek();
        throw new FilterSyntaxError(
          `a value filter applies to an attribute, not to the sub-attribute '${path.text}' (position ${bracket.position})`,
          bracket.position,
        );
      }
      const opener = this.next();
      filter = this.nested(() => this.or({ kind: ']', opener }, true), opener);
      this.expectCloser({ kind: ']', opener });
      const after = this.peek();
      if (after.kind === 'word' && after.text.startsWith('.')) {
        this.next();
        const name = after.text.slice(1);
        if (!NAME.test(name)) {
          throw new FilterSyntaxError(
            `expected a sub-attribute name after '.' at position ${after.position + 1} but found '${name}'`,
            after.position + 1,
          );
        }
        if (path.subAttr !== null) {
          throw new FilterSyntaxError(
            `'${path.text}' already names a sub-attribute; '${after.text}' at position ${after.position} cannot follow it`,
            after.position,
          );
        }
        subAttr = name;
      }
    }
    const end = this.peek();
    if (end.kind !== 'end') {
      const expected = filter === null ? "'[' or the end of the path" : "'.subAttribute' or the end of the path";
      throw new FilterSyntaxError(`expected ${expected} at position ${end.position} but found ${this.describe(end)}`, end.position);
    }
    return { path, filter, subAttr };
  }

  private or(closer: Closer, inValueFilter: boolean): FilterNode {
    let left = this.and(closer, inValueFilter);
    while (keyword(this.peek(), 'or')) {
      const operator = this.next();
      const right = this.and(closer, inValueFilter, operator);
      left = { kind: 'or', left, right, position: operator.position };
    }
    return left;
  }

  private and(closer: Closer, inValueFilter: boolean, after?: Token): FilterNode {
    let left = this.unary(closer, inValueFilter, after);
    while (keyword(this.peek(), 'and')) {
      const operator = this.next();
      const right = this.unary(closer, inValueFilter, operator);
      left = { kind: 'and', left, right, position: operator.position };
    }
    return left;
  }

  private unary(closer: Closer, inValueFilter: boolean, after?: Token): FilterNode {
    const token = this.peek();
    if (keyword(token, 'not') && this.peek(1).kind === '(') {
      this.next();
      const opener = this.next();
      const inner = this.nested(() => this.or({ kind: ')', opener }, inValueFilter), opener);
      this.expectCloser({ kind: ')', opener });
      return { kind: 'not', filter: inner, position: token.position };
    }
    if (keyword(token, 'not')) {
      const next = this.peek(1);
      throw new FilterSyntaxError(`expected '(' after 'not' at position ${next.position} but found ${this.describe(next)}`, next.position);
    }
    if (token.kind === '(') {
      const opener = this.next();
      const inner = this.nested(() => this.or({ kind: ')', opener }, inValueFilter), opener);
      this.expectCloser({ kind: ')', opener });
      return inner;
    }
    const where = after ? `after '${after.text}'` : closer ? `after '${closer.opener.text}'` : 'at the start of the filter';
    return this.attributeExpression(inValueFilter, where);
  }

  private attributeExpression(inValueFilter: boolean, where: string): FilterNode {
    const path = this.attributePath(where);
    const token = this.peek();
    if (token.kind === '[') {
      if (inValueFilter) {
        throw new FilterSyntaxError(
          `value filters cannot be nested: '[' at position ${token.position} inside another '[…]'`,
          token.position,
        );
      }
      if (path.subAttr !== null) {
        throw new FilterSyntaxError(
          `a value filter applies to an attribute, not to the sub-attribute '${path.text}' (position ${token.position})`,
          token.position,
        );
      }
      const opener = this.next();
      const inner = this.nested(() => this.or({ kind: ']', opener }, true), opener);
      this.expectCloser({ kind: ']', opener });
      return { kind: 'valuePath', path, filter: inner, position: path.position };
    }
    if (token.kind !== 'word') {
      throw new FilterSyntaxError(
        `expected an operator after '${path.text}' at position ${token.position} but found ${this.describe(token)} (operators: ${OPERATOR_LIST})`,
        token.position,
      );
    }
    const op = token.text.toLowerCase();
    if (op === 'pr') {
      this.next();
      return { kind: 'present', path, position: path.position };
    }
    if (!isCompareOperator(op)) {
      throw new FilterSyntaxError(
        `expected an operator after '${path.text}' at position ${token.position} but found ${this.describe(token)} (operators: ${OPERATOR_LIST})`,
        token.position,
      );
    }
    this.next();
    const value = this.literal(token);
    return { kind: 'compare', path, op, value, position: path.position };
  }

  private literal(operator: Token): Literal {
    const token = this.next();
    const op = operator.text.toLowerCase() as CompareOperator;
    let value: Literal;
    if (token.kind === 'string') {
      value = token.value ?? '';
    } else if (token.kind === 'word' && NUMBER.test(token.text)) {
      value = Number(token.text);
    } else if (token.kind === 'word' && ['true', 'false', 'null'].includes(token.text.toLowerCase())) {
      const word = token.text.toLowerCase();
      value = word === 'null' ? null : word === 'true';
    } else {
      const hint = token.kind === 'word' ? ` (quote strings: "${token.text}")` : '';
      throw new FilterSyntaxError(
        `expected a value after '${operator.text}' at position ${token.position} but found ${this.describe(token)}: use a "quoted string", a number, true, false or null${hint}`,
        token.position,
      );
    }
    if (SUBSTRING.has(op) && typeof value !== 'string') {
      throw new FilterSyntaxError(
        `'${operator.text}' needs a quoted string at position ${token.position} but found ${this.describe(token)}`,
        token.position,
      );
    }
    if (ORDERING.has(op) && (typeof value === 'boolean' || value === null)) {
      throw new FilterSyntaxError(
        `'${operator.text}' cannot order by ${this.describe(token)} at position ${token.position}: compare with a string, number or date`,
        token.position,
      );
    }
    return value;
  }

  private attributePath(where: string): AttributePath {
    const token = this.peek();
    const keywordFound = ['and', 'or'].some((word) => keyword(token, word));
    const path = token.kind === 'word' && !keywordFound ? parseAttributePath(token.text, token.position) : null;
    if (!path) {
      throw new FilterSyntaxError(
        `expected an attribute path ${where} at position ${token.position} but found ${this.describe(token)}`,
        token.position,
      );
    }
    this.next();
    return path;
  }

  private nested<T>(read: () => T, opener: Token): T {
    this.depth += 1;
    if (this.depth > MAX_FILTER_DEPTH) {
      throw new FilterSyntaxError(
        `the filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${opener.position}`,
        opener.position,
      );
    }
    const result = read();
    this.depth -= 1;
    return result;
  }

  private expectCloser(closer: { kind: ')' | ']'; opener: Token }): void {
    const token = this.peek();
    if (token.kind === closer.kind) {
      this.next();
      return;
    }
    throw new FilterSyntaxError(
      `expected 'and', 'or' or '${closer.kind}' (closing the '${closer.opener.text}' at position ${closer.opener.position}) at position ${token.position} but found ${this.describe(token)}`,
      token.position,
    );
  }

  private expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') {
      throw new FilterSyntaxError(
        `expected 'and', 'or' or the end of the filter at position ${token.position} but found ${this.describe(token)}`,
        token.position,
      );
    }
  }

  private peek(ahead = 0): Token {
    const token = this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
    if (!token) throw new Error('tokenize() always ends with an end token');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private describe(token: Token): string {
    return describe(token, this.noun);
  }
}

function isCompareOperator(op: string): op is CompareOperator {
  return (COMPARE_OPERATORS as readonly string[]).includes(op);
}
