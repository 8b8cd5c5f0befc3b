// whosaid's server: brings the database up to date, seeds an empty one, and serves
// the GraphQL API. The only file that listens.
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { describeOutcome, seedDirectory } from './ingest/seed.ts';

const config = loadConfig();
const db = await openDb(config.databaseUrl);

if (config.migrateOnStart) await migrate(config.databaseUrl);
if (config.seedWhenEmpty && (await db.article.count()) === 0) {
  console.log(`Empty database: seeding from ${config.seedsDir}/`);
  const outcomes = await seedDirectory(db, config.seedsDir, (outcome, i, total) =>
    console.log(describeOutcome(outcome, i, total)),
  );
  const failed = outcomes.filter((o) => !o.ok).length;
  if (failed) console.warn(`${failed} document(s) could not be seeded; see above.`);
}

const { app, stop } = await createApp(db, config);
const server: Server = app.listen(config.port, config.host, () => {
  const where = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`whosaid (${config.provider}) ready at http://${where}:${config.port}/graphql`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: shutting down`);
  server.close();
  await stop();
  await db.$disconnect();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
