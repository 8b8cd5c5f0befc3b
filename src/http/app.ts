// The HTTP application: the GraphQL API at /graphql (with the GraphiQL IDE for browsers
// there, unless configured off), the who-said-what page at /, and a health check.
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { createContext } from '../graphql/context.ts';
import { createApolloServer } from '../server.ts';
import { graphiql } from './graphiql.ts';
import { webPage } from './webPage.ts';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  app: Express;
  stop(): Promise<void>;
}

export type AppConfig = Pick<Config, 'production' | 'provider' | 'graphiql' | 'corsOrigins'>;

/**
 * A request body the JSON parser refuses (malformed, too large) never reaches Apollo;
 * answer it the way Apollo answers other bad requests, as a GraphQL error with a code
 * and without the parser's stack trace.
 */
const graphqlRequestErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error.type === 'entity.too.large'
        ? 'The request body is larger than 1 MB.'
        : status < 500
          ? 'The request could not be read.'
          : 'Internal server error';
  if (status >= 500) console.error('Unexpected error:', error);
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};

export async function createApp(db: Db, config: AppConfig): Promise<App> {
  const apollo = createApolloServer({ production: config.production });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  if (config.graphiql) app.use(graphiql(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    // The page and the IDE are same-origin; other frontends' origins must be listed.
    cors<cors.CorsRequest>({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(db, config.provider) }),
    graphqlRequestErrors,
  );
  app.use(webPage());
  return { app, stop: () => apollo.stop() };
}
