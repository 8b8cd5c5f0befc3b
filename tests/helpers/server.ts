// A real whosaid server for tests: a fresh database of the provider under test
// (WHOSAID_TEST_PROVIDER), migrated, optionally seeded, served over HTTP on an
// ephemeral port. Every SQL statement the server sends is counted.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Provider } from '../../src/config.ts';
import { openDb, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createApp } from '../../src/http/app.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase } from './databases.ts';

export function testProvider(): Provider {
  const provider = process.env.WHOSAID_TEST_PROVIDER;
  if (provider !== 'sqlite' && provider !== 'postgresql') {
    throw new Error('WHOSAID_TEST_PROVIDER must be sqlite or postgresql (set by vitest.config.ts)');
  }
  return provider;
}

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestServer {
  url: string;
  db: Db;
  provider: Provider;
  /** SQL statements sent since the last reset. */
  sqlCount(): number;
  resetSqlCount(): void;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { seedsDir?: string | null; production?: boolean } = {},
): Promise<TestServer> {
  const provider = testProvider();
  const database = await createTestDatabase(provider);
  await migrate(database.url);
  let sql = 0;
  const db = await openDb(database.url, { onQuery: () => sql++ });
  const seedsDir = options.seedsDir === undefined ? 'seeds' : options.seedsDir;
  if (seedsDir) {
    const failed = (await seedDirectory(db, seedsDir)).filter((o) => !o.ok);
    if (failed.length) throw new Error(`seeding failed: ${JSON.stringify(failed)}`);
  }
  const { app, stop } = await createApp(db, { production: options.production ?? false, provider });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  return {
    url,
    db,
    provider,
    sqlCount: () => sql,
    resetSqlCount: () => {
      sql = 0;
    },
    async query(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await stop();
      await db.$disconnect();
      await database.drop();
    },
  };
}
