// The who-said-what page at /: the files vite builds from src/web/ into dist/web/
// (`npm run build`, run by `npm install` and `npm start`).
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export function webPage(dir: string = WEB_DIST_DIR): Router {
  const router = express.Router();
  // File names under assets/ carry a hash of their content: cache them for good.
  router.use('/assets', express.static(`${dir}/assets`, { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(dir, { index: 'index.html' }));
  // Reached only when the build is missing.
  router.get('/', (_req, res) => {
    res.status(503).type('text').send('The web page is not built: run `npm run build`, then reload.\n');
  });
  return router;
}
