// Throwaway databases for tests: an empty SQLite file in a temp folder, or an empty
// uniquely named database on the PostgreSQL server of SHADOW_DATABASE_URL (default
// postgresql://postgres@127.0.0.1:5432/postgres). Each test drops what it creates.
import type { Provider } from '../../src/config.ts';
import {
  createScratchDatabase,
  DatabaseServerUnreachableError,
  type ScratchDatabase,
} from '../../src/db/schemaEngine.ts';

export type TestDatabase = ScratchDatabase;

export const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

export function createTestDatabase(provider: Provider, label = 'test'): Promise<TestDatabase> {
  return createScratchDatabase(provider, { label, postgresServerUrl: process.env.SHADOW_DATABASE_URL });
}

let postgresProbe: Promise<boolean> | undefined;

/**
 * Whether PostgreSQL tests can run here. Outside CI an unreachable server skips them with
 * a message (a laptop need not run PostgreSQL); with CI=true it fails, so CI cannot pass
 * without having run them.
 */
export function postgresAvailable(): Promise<boolean> {
  postgresProbe ??= createTestDatabase('postgresql', 'probe').then(
    async (database) => {
      await database.drop();
      return true;
    },
    (error: unknown) => {
      if (!(error instanceof DatabaseServerUnreachableError) || process.env.CI === 'true') throw error;
      console.warn(`Skipping PostgreSQL tests: ${error.message}`);
      return false;
    },
  );
  return postgresProbe;
}

/** The providers whose tests can run here (see postgresAvailable). */
export async function availableProviders(): Promise<Provider[]> {
  return (await postgresAvailable()) ? PROVIDERS : ['sqlite'];
}
