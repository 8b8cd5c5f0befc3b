// The errors clients see. Expected problems are GraphQLErrors with a code a client
// can switch on; anything else is reported as INTERNAL_SERVER_ERROR, and in
// production without its message, since driver messages can carry SQL and data.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, ...(argument && { argument }) } });
  }
}

/** A client asked for one object by ID and there is none. (Lookups by name return null.) */
export class NotFoundError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'NOT_FOUND', ...(argument && { argument }) } });
  }
}

/** The object a client asked for by ID, or NOT_FOUND. */
export function found<T>(row: T | null, what: string, id: string): T {
  if (row === null) throw new NotFoundError(`No ${what} has the ID "${id}"`, 'id');
  return row;
}

/** Codes whose messages were written for clients and can be shown as they are. */
const CLIENT_CODES = new Set<unknown>([
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
  'NOT_FOUND',
]);

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (CLIENT_CODES.has(code)) return formatted;
    console.error('Unexpected error:', unwrapResolverError(error));
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
