// Builds @hub/sdk with esbuild: ESM and CommonJS for Node and bundlers (dependencies left to the
// consumer), and one self-contained ES module for browsers, whose metafile the browser-safety
// test reads. Types are the TypeScript sources (package.json `types`).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const common = {
  absWorkingDir: root,
  bundle: true,
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all(
  ['index', 'node'].flatMap((entry) => [
    build({
      ...common,
      entryPoints: [`src/${entry}.ts`],
      outfile: `dist/${entry}.mjs`,
      format: 'esm',
      platform: entry === 'node' ? 'node' : 'neutral',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: [`src/${entry}.ts`],
      outfile: `dist/${entry}.cjs`,
      format: 'cjs',
      platform: entry === 'node' ? 'node' : 'neutral',
      packages: 'external',
    }),
  ]),
);
const browser = await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/browser/hub-sdk.mjs',
  format: 'esm',
  platform: 'browser',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
});
mkdirSync(path.join(root, 'dist/browser'), { recursive: true });
writeFileSync(path.join(root, 'dist/browser/meta.json'), JSON.stringify(browser.metafile, null, 2));
