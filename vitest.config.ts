// Three projects: `unit` runs the tests that need no database (or manage both
// providers themselves); `sqlite` and `postgresql` run every `*.db.test.ts` once
// against each store, so the whole API is proven on both.
import { defineConfig } from 'vitest/config';

const dbTests = 'tests/**/*.db.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [dbTests] } },
      { extends: true, test: { name: 'sqlite', include: [dbTests], env: { WHOSAID_TEST_PROVIDER: 'sqlite' } } },
      { extends: true, test: { name: 'postgresql', include: [dbTests], env: { WHOSAID_TEST_PROVIDER: 'postgresql' } } },
    ],
  },
});
