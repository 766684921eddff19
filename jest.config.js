/** One jest run over every workspace's tests; TypeScript through swc (type-checking is `npm run typecheck`). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  // jose is published as ES modules only; jest (before Node 24) needs it turned into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: {
    '^@hub/common$': '<rootDir>/packages/common/src/index.ts',
    // The subpaths of packages/common/package.json "exports" whose name is not their file's.
    '^@hub/common/orm$': '<rootDir>/packages/common/src/db.ts',
    '^@hub/common/schema$': '<rootDir>/packages/common/src/federated-schema.ts',
    '^@hub/common/consent$': '<rootDir>/packages/common/src/consent/index.ts',
    '^@hub/common/(.+)$': '<rootDir>/packages/common/src/$1.ts',
    '^@hub/(cases|partners|services|legal|statistics)$': '<rootDir>/subgraphs/$1/src/index.ts',
    '^@hub/gateway$': '<rootDir>/gateway/src/index.ts',
    '^@hub/cli$': '<rootDir>/infra/cli/src/index.ts',
    '^@hub/sdk$': '<rootDir>/clients/sdk/src/index.ts',
    '^@hub/sdk/node$': '<rootDir>/clients/sdk/src/node.ts',
  },
  testMatch: ['<rootDir>/{packages,subgraphs,gateway,infra,test,clients}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
};
