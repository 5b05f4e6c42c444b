import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { javaMainArguments } from '../../server/graph/embedded/java-main.js';

describe('a single-file Java main', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });
  const source = (): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'attest-java-src-')), 'Hello.java');
    writeFileSync(file, 'public class Hello { public static void main(String[] args) { System.out.print("hello " + args[0]); } }\n');
    return file;
  };

  it('is compiled once into the cache, and runs from there', async () => {
    const file = source();
    const cacheDir = mkdtempSync(join(tmpdir(), 'attest-java-cache-'));
    const args = await javaMainArguments(file, '', cacheDir);
    expect(args.at(-1)).toBe('Hello');
    expect(await javaMainArguments(file, '', cacheDir)).toEqual(args);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(spawnSync('java', [...args, 'there'], { encoding: 'utf8' }).stdout).toBe('hello there');
  });

  it('is launched as a source file when javac cannot be run', async () => {
    const file = source();
    process.env.PATH = mkdtempSync(join(tmpdir(), 'attest-empty-path-'));
    expect(await javaMainArguments(file, 'jars', mkdtempSync(join(tmpdir(), 'attest-java-cache-')))).toEqual(['-cp', 'jars', file]);
  });
});
