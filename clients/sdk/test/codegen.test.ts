import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const codegen = path.resolve(root, '../../node_modules/.bin/graphql-codegen');

const check = (cwd: string) =>
  spawnSync(codegen, ['--config', 'codegen.yml', '--check'], { cwd, encoding: 'utf8' });

describe('the SDK’s generated operation types', () => {
  it('match schema/api.graphql and the operations (else run `npm run codegen -w clients/sdk`)', () => {
    const result = check(root);
    expect(result.stdout + result.stderr).not.toMatch(/changes detected|✖/i);
    expect(result.status).toBe(0);
  });

  it('the check itself notices a stale file', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'hub-sdk-codegen-'));
    const sdk = path.join(copy, 'clients/sdk');
    cpSync(path.join(root, 'codegen.yml'), path.join(sdk, 'codegen.yml'));
    cpSync(path.join(root, 'src/operations'), path.join(sdk, 'src/operations'), {
      recursive: true,
    });
    cpSync(path.join(root, 'src/generated'), path.join(sdk, 'src/generated'), { recursive: true });
    cpSync(path.join(root, '../../schema/api.graphql'), path.join(copy, 'schema/api.graphql'));
    appendFileSync(path.join(sdk, 'src/generated/graphql.ts'), '\n// edited by hand\n');
    expect(check(sdk).status).not.toBe(0);
  });
});
