import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

/** The dashboard's budget for JavaScript loaded before the first page can run (issue: at most 300 KB gzipped). */
const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

type Chunk = Rollup.OutputChunk;

function isChunk(item: Rollup.OutputAsset | Rollup.OutputChunk): item is Chunk {
  return item.type === 'chunk';
}

/**
 * Prints the gzipped size of the JavaScript the browser loads before the dashboard runs (the entry
 * chunk and its static imports), and with the landing page's lazy chunk (the overview, opened at /),
 * which is what a user waits for; fails the build when the landing total is over budget.
 */
export function initialJsReport(landingPage = 'features/overview/OverviewPage.tsx', budgetBytes = INITIAL_JS_BUDGET_BYTES): Plugin {
  return {
    name: 'attest-initial-js-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter(isChunk)
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const withImports = (roots: Chunk[]): Set<string> => {
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = chunks.get(fileName);
          if (!chunk || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        roots.forEach((chunk) => visit(chunk.fileName));
        return files;
      };
      const gzipped = (files: Set<string>): number =>
        [...files].reduce((sum, file) => sum + gzipSync(chunks.get(file)?.code ?? '').length, 0);
      const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

      const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
      const landing = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(landingPage));
      if (!landing) this.error(`no chunk for the landing page ${landingPage}`);
      const initial = gzipped(withImports(entries));
      const landingFiles = withImports([...entries, landing]);
      const landingTotal = gzipped(landingFiles);
      const line =
        `Initial JavaScript: ${kb(initial)} gzipped; with the overview page: ${kb(landingTotal)} in ${landingFiles.size} files ` +
        `(budget ${kb(budgetBytes)})`;
      if (landingTotal > budgetBytes) this.error(`${line}: over budget`);
      this.info(line);
    },
  };
}
