// Builds the Apollo Server: schema, error policy, plugins. No I/O here; the HTTP
// app (http/app.ts) mounts it and index.ts listens.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './graphql/context.ts';
import { formatError } from './graphql/errors.ts';
import { schema } from './graphql/schema.ts';

export function createApolloServer({ production }: { production: boolean }): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError: formatError(production),
    // Stack traces go to the server's log (formatError), never to clients, in any mode.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Apollo's landing pages load from its CDN; http/graphiql.ts serves a self-hosted IDE instead.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
