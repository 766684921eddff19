import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** src/generated/ is made from schema/api.graphql and the .graphql documents, never by hand. */
describe('the generated operation types', () => {
  it('are what the code generator makes from the committed schema and documents now', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'web-codegen-'));
    try {
      execFileSync(
        process.execPath,
        [
          path.resolve(ROOT, '../../node_modules/@graphql-codegen/cli/cjs/bin.js'),
          '--config',
          'codegen.ts',
          '--silent',
        ],
        { cwd: ROOT, env: { ...process.env, CODEGEN_OUT: `${out}/` }, stdio: 'pipe' },
      );
      const files = readdirSync(out);
      expect(files.sort()).toEqual(readdirSync(path.join(ROOT, 'src/generated')).sort());
      const stale = files.filter(
        (file) =>
          readFileSync(path.join(out, file), 'utf8') !==
          readFileSync(path.join(ROOT, 'src/generated', file), 'utf8'),
      );
      expect(stale).toEqual([]); // stale: run `npm run codegen -w clients/web`
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
