import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const APP_NAMES = ['api', 'cli', 'worker', 'console'];
/** Any path into an app from outside it: `../../api/src/x`, `../../../apps/api/src/x`. */
const APPS = ['**/apps/**', ...APP_NAMES.map((name) => `**/${name}/src/**`)];

/** The import rule of one app's files (or, with none, a library's): no other app. */
function onlyFrom(own) {
  const others = APP_NAMES.filter((name) => !own.includes(name)).map((name) => `**/${name}/src/**`);
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/apps/**', ...others], message: 'An app never imports another app' },
        ],
        paths: [
          {
            name: 'class-validator',
            importNames: ['IsOptional'],
            message: 'IsOptional lets null through: use Optional() from http/dto/validators',
          },
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The bin shim is plain CommonJS run by node.
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The domain stays framework-free (architecture.md §2).
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'better-sqlite3',
            'pg',
            '@eventstore/*',
            'class-validator',
            ...APPS,
          ],
        },
      ],
    },
  },
  {
    // The application layer knows nothing of HTTP: its outcomes are mapped to responses by apps/api.
    files: ['libs/application/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/platform-*',
            '@nestjs/swagger',
            'express',
            'helmet',
            'class-validator',
            'class-transformer',
            ...APPS,
          ],
        },
      ],
    },
  },
  { files: ['libs/event-store/**/*.ts', 'libs/projections/**/*.ts'], rules: onlyFrom([]) },
  // Apps are thin shells over the libraries and never import one another (architecture.md §1).
  { files: ['apps/api/**/*.ts'], rules: onlyFrom(['api']) },
  { files: ['apps/cli/**/*.ts'], rules: onlyFrom(['cli']) },
  { files: ['apps/worker/**/*.ts'], rules: onlyFrom(['worker']) },
  // The console talks to the api over HTTP only: no app and no library of the server side.
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '**/libs/**', '@memberflow/*', '**/api/src/**'],
              message: 'The console reads the api over HTTP only',
            },
          ],
        },
      ],
    },
  },
);
