// Builds the who-said-what page (this folder) into dist/web/, which the server serves at /
// (`npm run build`; `npm start` runs it first). `npm run dev:web` serves the page with live
// reload instead, sending its GraphQL requests to a server started on port 4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    emptyOutDir: true,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
