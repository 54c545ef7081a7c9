// Lint: typescript-eslint's recommended rules, plus the layer boundaries of docs/ARCHITECTURE.md
// as errors (imports point inward: shared ← modules ← http/jobs ← app.ts).
import tseslint from 'typescript-eslint'

const restrict = (patterns) => ['error', { patterns }]
const group = (globs, message, allowTypeImports = false) => ({ group: globs, message, allowTypeImports })

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Migrations run on Kysely<any> so they never depend on the app's table types.
    files: ['src/server/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/shared/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/server/**', '**/admin/**', '**/tracker/**'], 'src/shared is isomorphic: it imports nothing from server, admin or tracker.'),
        group(['node:*', 'fs', 'path', 'crypto', 'kysely', 'fastify', 'pg', 'better-sqlite3'], 'src/shared runs in the browser too: no Node or server packages.'),
      ]),
    },
  },
  {
    files: ['src/server/modules/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/http/**', '**/views/**', '**/jobs/**', '**/app.js', '**/cli/**', '**/seed/**', 'fastify', '@fastify/*'], 'modules/ hold the domain: no HTTP, views, jobs or CLI.'),
      ]),
    },
  },
  {
    // Kysely only in repositories (and table types); services use db/inTransaction.
    files: ['src/server/modules/**/*.service.ts', 'src/server/modules/**/*.input.ts', 'src/server/modules/**/*.model.ts', 'src/server/modules/**/*.import.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/http/**', '**/views/**', '**/jobs/**', '**/app.js', '**/cli/**', '**/seed/**', 'fastify', '@fastify/*'], 'modules/ hold the domain: no HTTP, views, jobs or CLI.'),
        group(['kysely'], 'Kysely only in *.repository.ts.', true),
      ]),
    },
  },
  {
    files: ['src/server/http/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/db/**', 'kysely', 'pg', 'better-sqlite3'], 'http/ never touches the database: call a module service.'),
        group(['**/*.repository.js'], 'http/ calls services, not repositories.'),
        group(['**/jobs/**', '**/cli/**', '**/seed/**'], 'http/ does not reach into jobs, the CLI or seeds.'),
      ]),
    },
  },
  {
    files: ['src/server/views/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/modules/**', '**/services.js'], 'views are pure functions of view models: type imports only.', true),
        group(['**/db/**', '**/http/**', 'kysely', 'fastify', 'pg', 'better-sqlite3'], 'views never query or handle requests.'),
      ]),
    },
  },
  {
    files: ['src/server/jobs/**'],
    // Tests drive jobs through a whole app, so they may build one.
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/http/**', '**/views/**', '**/db/**', 'kysely', 'fastify'], 'jobs call module services.'),
        group(['**/*.repository.js'], 'jobs call services, not repositories.'),
      ]),
    },
  },
  {
    files: ['src/server/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        group(['**/modules/**'], 'db/ knows table types only (type imports).', true),
        group(['**/http/**', '**/views/**', '**/jobs/**', '**/services.js', '**/app.js'], 'db/ is the bottom layer.'),
      ]),
    },
  },
  {
    files: ['src/admin/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict([group(['**/server/**', '**/tracker/**'], 'the desk talks to the admin API; it imports src/shared only.')]) },
  },
  {
    files: ['src/tracker/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict([group(['**/server/**', '**/admin/**', '**/shared/**'], 'the beacon is dependency-free.')]) },
  },
  {
    // Config is the only reader of process.env (tests and scripts have their own harness).
    files: ['src/**'],
    ignores: ['src/server/config/**', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from Config (src/server/config).' }],
    },
  },
)
