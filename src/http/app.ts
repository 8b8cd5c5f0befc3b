// The HTTP application: the GraphQL endpoint at /graphql and a health check.
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { createContext } from '../graphql/context.ts';
import { createApolloServer } from '../server.ts';

export interface App {
  app: Express;
  stop(): Promise<void>;
}

export async function createApp(db: Db, config: Pick<Config, 'production' | 'provider'>): Promise<App> {
  const apollo = createApolloServer({ production: config.production });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(db, config.provider) }),
  );
  return { app, stop: () => apollo.stop() };
}
