// The GraphiQL IDE (graphiql 5 as packaged by Ruru: doc explorer, history, query builder),
// with every script, style, font and worker served from this server: nothing loads from a
// CDN, so it works on a network without internet. GET /graphql from a browser gets the IDE;
// every other request to /graphql is left to the API.
import { readFileSync, readdirSync } from 'node:fs';
import type { Request, RequestHandler } from 'express';
import {
  Kind,
  parse,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

/** URL path of the IDE's static assets. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/** The folder holding every GraphQL document of the project (src/client/operations/). */
export const OPERATIONS_DIR = new URL('../client/operations/', import.meta.url);

/** The operations a newcomer finds open in the IDE, one tab each, in this order. */
export const EXAMPLE_OPERATIONS = ['WhoSaidWhatAbout', 'Sanctions', 'ArticleStatements', 'Search'];

export interface ExampleTab {
  query: string;
  variables?: string;
}

export function graphiql(endpoint: string): RequestHandler {
  const html = ruruHTML({
    endpoint,
    staticPath: GRAPHIQL_ASSETS_PATH,
    htmlParts: {
      titleTag: '<title>whosaid · GraphiQL</title>',
      // No icon: spares the browser a request for /favicon.ico.
      metaTags: (tags) => `${tags}\n<link rel="icon" href="data:," />`,
    },
    // Ruru hands its client configuration to graphiql as props; `defaultTabs` (graphiql's
    // own prop) opens the examples on a first visit, later visits restore the user's tabs.
    clientConfig: { defaultTabs: exampleTabs(OPERATIONS_DIR, EXAMPLE_OPERATIONS) } as object,
  });
  const assets = serveStatic(GRAPHIQL_ASSETS_PATH);
  // A plain middleware, not a router: an Express route for GET /graphql would also answer
  // OPTIONS /graphql itself, and so swallow the API's CORS preflight.
  return (req, res, next) => {
    if (req.method === 'GET' && req.path === endpoint && prefersHtml(req)) {
      res.set('cache-control', 'no-cache').type('html').send(html);
    } else {
      assets(req, res, next);
    }
  };
}

/** A browser navigating to the endpoint, as opposed to a GraphQL client sending a GET query. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * One IDE tab per named operation: the text of its file (comments kept) followed by the
 * fragments it uses from the folder's other files, and its variables' default values in
 * the variables pane so they are there to edit.
 */
export function exampleTabs(dir: URL, operationNames: readonly string[]): ExampleTab[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
  const fragments = new Map<string, { text: string; node: FragmentDefinitionNode }>();
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const definition of parse(source).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, { text: source.slice(definition.loc!.start, definition.loc!.end), node: definition });
      }
    }
  }

  return operationNames.map((name) => {
    const text = readFileSync(new URL(`${name}.graphql`, dir), 'utf8').trim();
    const document = parse(text);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operation?.name?.value !== name) throw new Error(`${name}.graphql must define the operation ${name}`);

    const used = fragmentsUsed(document, fragments);
    const query = [text, ...used.map((fragment) => fragments.get(fragment)!.text)].join('\n\n') + '\n';
    const defaults = Object.fromEntries(
      (operation.variableDefinitions ?? [])
        .filter((variable) => variable.defaultValue)
        .map((variable) => [variable.variable.name.value, valueFromASTUntyped(variable.defaultValue!)]),
    );
    return Object.keys(defaults).length ? { query, variables: JSON.stringify(defaults, null, 2) } : { query };
  });
}

/** Names of the fragments a document spreads, directly or through other fragments, not defined in it. */
function fragmentsUsed(document: DocumentNode, fragments: ReadonlyMap<string, { node: FragmentDefinitionNode }>): string[] {
  const defined = new Set(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])),
  );
  const used: string[] = [];
  const collect = (node: DocumentNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (defined.has(name) || used.includes(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`unknown fragment ${name}`);
        used.push(name);
        collect(fragment.node);
      },
    });
  collect(document);
  return used;
}
