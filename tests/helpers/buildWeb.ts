// Builds the page (src/web/ → dist/web/) once before the web tests, so they test the
// sources as they are, not a build left over from an earlier edit.
import { build } from 'vite';

export default async function buildWeb(): Promise<void> {
  await build({ configFile: 'src/web/vite.config.ts', logLevel: 'warn' });
}
