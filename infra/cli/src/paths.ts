import path from 'node:path';

/** The repository's root, from infra/cli/{src,dist}. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
