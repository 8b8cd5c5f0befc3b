// The typed client: sends one of the generated documents (src/client/generated/, one per
// operation in src/client/operations/) to a whosaid server; the document's type fixes the
// variables it takes and the data it returns.
import type { TypedDocumentString } from './generated/graphql.ts';

export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The server answered with errors (or not with GraphQL at all). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** Operations whose variables are all optional may be sent without any. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables]
  : [variables: TVariables];

export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
) => Promise<TResult>;

export interface ClientOptions {
  /** The GraphQL endpoint: a path on the page's own server, or an absolute URL. */
  endpoint?: string;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export function createClient({ endpoint = '/graphql', headers = {}, fetch: send = fetch }: ClientOptions = {}): Request {
  return async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TResult> {
    const response = await send(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: unknown;
      errors?: GraphQLErrorEntry[];
    } | null;
    if (!body || typeof body !== 'object') {
      throw new GraphQLRequestError(`${endpoint} answered ${response.status} without a GraphQL response`, response.status);
    }
    if (body.errors?.length || body.data == null) {
      const messages = body.errors?.map((error) => error.message).join('; ') || 'no data';
      throw new GraphQLRequestError(messages, response.status, body.errors ?? []);
    }
    return body.data as TResult;
  };
}
