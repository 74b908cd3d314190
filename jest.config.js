/** Tests are transpiled by SWC (type checking is `npm run typecheck`). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@memberflow/domain$': '<rootDir>/libs/domain/src',
    '^@memberflow/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@memberflow/event-store$': '<rootDir>/libs/event-store/src',
    '^@memberflow/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@memberflow/projections$': '<rootDir>/libs/projections/src',
    '^@memberflow/projections/(.*)$': '<rootDir>/libs/projections/src/$1',
    '^@memberflow/application$': '<rootDir>/libs/application/src',
    '^@memberflow/application/(.*)$': '<rootDir>/libs/application/src/$1',
  },
  testTimeout: 30000,
  // One worker per core, not Jest's default of one fewer: the suites wait on fsync, PostgreSQL and child
  // processes much of the time. On a 2-core machine the whole run took 7 minutes against 12 with one.
  maxWorkers: '100%',
};
