import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/**
 * The java arguments that run a single-file main (`-cp CLASSPATH MAIN`). Launched as a source file, java
 * compiles it in memory at every start, some 3 s of CPU; so it is compiled once with javac into
 * cacheDir, keyed by its source and the classpath. Without a working javac, it is launched as a source
 * file, as before.
 */
export async function javaMainArguments(sourceFile: string, classpath: string, cacheDir: string): Promise<string[]> {
  const key = createHash('sha256').update(readFileSync(sourceFile)).update(classpath).digest('hex').slice(0, 16);
  const mainClass = basename(sourceFile, '.java');
  const classesDir = join(cacheDir, `${mainClass}-${key}`);
  const compiled = join(classesDir, `${mainClass}.class`);
  if (!existsSync(compiled) && !(await compile(sourceFile, classpath, cacheDir, classesDir, compiled))) {
    return ['-cp', classpath, sourceFile];
  }
  return ['-cp', `${classesDir}${delimiter}${classpath}`, mainClass];
}

/** Compiles into a directory of its own, then renames it into place: a process starting beside this one never sees half of it. */
async function compile(sourceFile: string, classpath: string, cacheDir: string, classesDir: string, compiled: string): Promise<boolean> {
  mkdirSync(cacheDir, { recursive: true });
  const building = mkdtempSync(`${classesDir}.tmp-`);
  try {
    if (!(await javac(['-d', building, '-cp', classpath, sourceFile]))) return false;
    try {
      renameSync(building, classesDir);
    } catch {
      // Another process compiled the same source first; its classes are the same.
    }
    return existsSync(compiled);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

function javac(args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('javac', args, { stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
