// `npm run db:migrate`: applies the pending committed migrations to the database
// DATABASE_URL names (default file:./data/whosaid.db, whose folder is created).
import { loadConfig } from '../config.ts';
import { MigrationError, migrate } from '../db/migrate.ts';

const config = loadConfig();
try {
  const { provider, applied } = await migrate(config.databaseUrl);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${provider} database: ${applied.join(', ')}`
      : `The ${provider} database is up to date.`,
  );
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
