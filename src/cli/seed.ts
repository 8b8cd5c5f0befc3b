// `npm run seed [dir]`: writes every annotated document of seeds/ (or dir) into the
// database DATABASE_URL names, after bringing its schema up to date.
import { loadConfig } from '../config.ts';
import { openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { describeOutcome, seedDirectory } from '../ingest/seed.ts';

const config = loadConfig();
const dir = process.argv[2] ?? config.seedsDir;
await migrate(config.databaseUrl);
const db = await openDb(config.databaseUrl);
try {
  const outcomes = await seedDirectory(db, dir, (outcome, i, total) => console.log(describeOutcome(outcome, i, total)));
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`${outcomes.length - failed} of ${outcomes.length} documents seeded${failed ? `, ${failed} failed` : ''}.`);
  process.exitCode = failed ? 1 : 0;
} finally {
  await db.$disconnect();
}
