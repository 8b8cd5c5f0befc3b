// The IDE's example tabs, built from the GraphQL documents of src/client/operations/.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, validate, Kind, buildASTSchema, concatAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS, OPERATIONS_DIR, exampleTabs } from '../../src/http/graphiql.ts';
import { typeDefs } from '../../src/graphql/schema.ts';

const schema = buildASTSchema(concatAST(typeDefs.map((sdl) => parse(sdl))));

describe('the operations folder', () => {
  const files = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));

  it('holds one operation per file, named like the file, besides fragments.graphql', () => {
    for (const file of files.filter((f) => f !== 'fragments.graphql')) {
      const definitions = parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')).definitions;
      const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations, file).toHaveLength(1);
      expect(operations[0]!.kind === Kind.OPERATION_DEFINITION && operations[0]!.name?.value).toBe(file.replace(/\.graphql$/, ''));
    }
  });
});

describe('exampleTabs', () => {
  const tabs = exampleTabs(OPERATIONS_DIR, EXAMPLE_OPERATIONS);

  it('gives one tab per example, in order, each a valid document on its own', () => {
    expect(tabs).toHaveLength(EXAMPLE_OPERATIONS.length);
    tabs.forEach((tab, i) => {
      const document = parse(tab.query);
      expect(document.definitions[0]).toMatchObject({ kind: Kind.OPERATION_DEFINITION, name: { value: EXAMPLE_OPERATIONS[i] } });
      expect(validate(schema, document), EXAMPLE_OPERATIONS[i]).toEqual([]);
    });
  });

  it('keeps the comments of the file and appends the fragments the operation uses', () => {
    const search = tabs[EXAMPLE_OPERATIONS.indexOf('Search')]!;
    expect(search.query).toMatch(/^# /);
    const fragments = parse(search.query)
      .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value);
    expect(fragments.sort()).toEqual(['EntityName', 'StatementCard']);
  });

  it("puts the variables' default values in the variables pane", () => {
    const whoSaid = tabs[EXAMPLE_OPERATIONS.indexOf('WhoSaidWhatAbout')]!;
    expect(JSON.parse(whoSaid.variables!)).toEqual({ name: 'Kadyrov' });
  });
});
