/**
 * Finds where a JSON text stops being valid, with a plain reason ("the JSON is truncated"), so a bad
 * page is reported by line and column without relying on the wording of JSON.parse's message.
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const TRUNCATED = 'unexpected end of file: the JSON is truncated (an array, object or string is never closed)';

class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): void {
    this.value(0);
    this.space();
    if (this.pos < this.text.length) this.stop('unexpected text after the end of the JSON value (two documents in one file?)');
  }

  private stop(reason: string, at = this.pos): never {
    throw new Stop(at, reason);
  }

  private space(): void {
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos += 1;
      else break;
    }
  }

  private value(depth: number): void {
    if (depth > 512) this.stop('nesting deeper than 512 levels');
    this.space();
    if (this.pos >= this.text.length) this.stop(TRUNCATED);
    const c = this.text[this.pos];
    if (c === '{') this.object(depth);
    else if (c === '[') this.array(depth);
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else this.stop(`unexpected ${JSON.stringify(c)}: expected a value (string, number, object, array, true, false or null)`);
  }

  private object(depth: number): void {
    this.pos += 1;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.space();
      if (this.pos >= this.text.length) this.stop(TRUNCATED);
      if (this.text[this.pos] !== '"') this.stop(`expected a property name in double quotes, found ${JSON.stringify(this.text[this.pos])}`);
      this.string();
      this.space();
      if (this.pos >= this.text.length) this.stop(TRUNCATED);
      if (this.text[this.pos] !== ':') this.stop(`expected ":" after the property name, found ${JSON.stringify(this.text[this.pos])}`);
      this.pos += 1;
      this.value(depth + 1);
      this.space();
      if (this.pos >= this.text.length) this.stop(TRUNCATED);
      const c = this.text[this.pos];
      if (c === '}') {
        this.pos += 1;
        return;
      }
      if (c !== ',') this.stop(`expected "," or "}" after a property value, found ${JSON.stringify(c)}`);
      const comma = this.pos;
      this.pos += 1;
      this.space();
      if (this.text[this.pos] === '}') this.stop('trailing comma before "}"', comma);
    }
  }

  private array(depth: number): void {
    this.pos += 1;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.space();
      if (this.pos >= this.text.length) this.stop(TRUNCATED);
      const c = this.text[this.pos];
      if (c === ']') {
        this.pos += 1;
        return;
      }
      if (c !== ',') this.stop(`expected "," or "]" after an array element, found ${JSON.stringify(c)}`);
      const comma = this.pos;
      this.pos += 1;
      this.space();
      if (this.text[this.pos] === ']') this.stop('trailing comma before "]"', comma);
    }
  }

  private string(): void {
    this.pos += 1;
    for (;;) {
      if (this.pos >= this.text.length) this.stop(TRUNCATED);
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos += 1;
        return;
      }
      if (c === 0x5c) {
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.stop('invalid \\u escape: expected 4 hex digits');
          this.pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          this.pos += 2;
        } else if (next === undefined) {
          this.stop(TRUNCATED);
        } else {
          this.stop(`invalid escape \\${next} in a string`);
        }
        continue;
      }
      if (c < 0x20) this.stop('control character or raw line break inside a string (write it as \\n)');
      this.pos += 1;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) this.stop('invalid number');
    this.pos += m[0].length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax problem in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  try {
    new Scanner(text).run();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.reason };
  }
}
