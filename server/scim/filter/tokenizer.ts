import { FilterSyntaxError } from './errors.js';

export type TokenKind = 'word' | 'string' | '(' | ')' | '[' | ']' | 'end';

export interface Token {
  kind: TokenKind;
  /** The source text of the token ('' for the end). */
  text: string;
  /** 0-based offset of the token's first character. */
  position: number;
  /** The decoded value of a string token. */
  value?: string;
}

const PUNCTUATION = new Set(['(', ')', '[', ']']);

/**
 * Splits a filter into words (attribute paths, operators, keywords, numbers, true/false/null),
 * JSON strings and brackets. Words end at whitespace, a bracket or a quote, so `emails[type`
 * and `eq"x"` split where a reader expects.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: char as TokenKind, text: char, position: i });
      i += 1;
    } else if (char === '"') {
      const token = readString(input, i);
      tokens.push(token);
      i += token.text.length;
    } else {
      const start = i;
      while (i < input.length && !/[\s()[\]"]/.test(input[i] ?? '')) i += 1;
      tokens.push({ kind: 'word', text: input.slice(start, i), position: start });
    }
  }
  tokens.push({ kind: 'end', text: '', position: input.length });
  return tokens;
}

function readString(input: string, start: number): Token {
  let i = start + 1;
  while (i < input.length) {
    const char = input[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '"') {
      const text = input.slice(start, i + 1);
      return { kind: 'string', text, position: start, value: decode(text, start) };
    } else {
      i += 1;
    }
  }
  throw new FilterSyntaxError(`unterminated string starting at position ${start}: a closing '"' is missing`, start);
}

function decode(text: string, start: number): string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'string') return value;
  } catch {
    // reported below with the position
  }
  throw new FilterSyntaxError(
    `invalid string at position ${start}: use JSON escapes (\\" \\\\ \\n \\uXXXX) and no raw control characters`,
    start,
  );
}
