// Bundles GraphiQL and its Monaco workers from their npm packages into dist/ (served by the
// gateway at /explorer/), so the explorer works with no network beyond the hub.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'dist');
mkdirSync(out, { recursive: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
};
await Promise.all([
  build({ ...common, entryPoints: { explorer: 'src/explorer.js' }, outdir: out }),
  build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: out,
  }),
]);
for (const file of ['index.html', 'page.css']) {
  copyFileSync(path.join(root, 'src', file), path.join(out, file));
}
