// Four projects: `unit` runs the tests that need no database (or manage both
// providers themselves); `sqlite` and `postgresql` run every `*.db.test.ts` once
// against each store, so the whole API is proven on both; `web` runs the
// `*.web.test.ts` (the IDE, the page, Chromium) once, on SQLite, as what they test
// does not depend on the store, after building the page.
import { defineConfig } from 'vitest/config';

const dbTests = 'tests/**/*.db.test.ts';
const webTests = 'tests/**/*.web.test.ts';

export default defineConfig({
  // graphql ships a CommonJS build (`main`) and an ES module build (`module`). Node loads
  // the CommonJS one for every importer; Vite would give test code the other, and types
  // made by one copy are refused by the other ("from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [dbTests, webTests] } },
      { extends: true, test: { name: 'sqlite', include: [dbTests], env: { WHOSAID_TEST_PROVIDER: 'sqlite' } } },
      { extends: true, test: { name: 'postgresql', include: [dbTests], env: { WHOSAID_TEST_PROVIDER: 'postgresql' } } },
      {
        extends: true,
        test: {
          name: 'web',
          include: [webTests],
          env: { WHOSAID_TEST_PROVIDER: 'sqlite' },
          globalSetup: ['tests/helpers/buildWeb.ts'],
        },
      },
    ],
  },
});
