// The GraphQL contract: the committed printed schema is the served one, everything in it
// is described, connections follow one shape, and resolvers are typed from the SDL.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { PRINTED_SCHEMA_FILE, printedSchema, schema } from '../../src/graphql/schema.ts';

const ownTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

describe('the served schema', () => {
  it('is the committed src/graphql/printed/schema.graphql (run `npm run schema:print`)', () => {
    expect(printedSchema()).toBe(readFileSync(PRINTED_SCHEMA_FILE, 'utf8'));
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    const isBuiltIn = (type: GraphQLNamedType) => isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);
    for (const type of ownTypes.filter((t) => !isBuiltIn(t))) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });

  it('gives every object with an id a global ID through the Node interface', () => {
    const node = schema.getType('Node');
    for (const type of ownTypes.filter(isObjectType)) {
      if (!type.getFields().id) continue;
      expect(type.getInterfaces().map((i) => i.name), type.name).toContain('Node');
      expect(schema.isSubType(node as never, type)).toBe(true);
    }
  });

  it('pages every list of objects as a Relay connection', () => {
    const plainLists: string[] = [];
    for (const type of ownTypes.filter((t) => isObjectType(t) || isInterfaceType(t))) {
      for (const field of Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields())) {
        const printed = String(field.type);
        const isConnectionPart = /Connection$|Edge$/.test(type.name);
        if (printed.startsWith('[') && !/^\[(String|SanctionMeasure|Span)!\]!$/.test(printed) && !isConnectionPart) {
          plainLists.push(`${type.name}.${field.name}: ${printed}`);
        }
        if (/Connection!$/.test(printed)) {
          expect(field.args.map((a) => a.name), `${type.name}.${field.name}`).toEqual(
            expect.arrayContaining(['first', 'after', 'last', 'before']),
          );
        }
      }
    }
    // nodes(ids:) returns the objects asked for, as Relay's plural identifying root field.
    expect(plainLists).toEqual(['Query.nodes: [Node]!']);
    for (const type of ownTypes.filter((t) => isObjectType(t) && t.name.endsWith('Connection'))) {
      const fields = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
      expect(Object.keys(fields).sort(), type.name).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
      expect(String(fields.totalCount!.type)).toBe('Int!');
      expect(String(fields.pageInfo!.type)).toBe('PageInfo!');
    }
  });

  it('keeps the speaker a union and the entities an interface', () => {
    const speaker = schema.getType('Speaker');
    expect(isUnionType(speaker) && speaker.getTypes().map((t) => t.name).sort()).toEqual(['Organization', 'Person', 'UnnamedSource']);
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity) && schema.getPossibleTypes(entity).map((t) => t.name).sort()).toEqual(['Organization', 'Person']);
  });
});

describe('resolvers', () => {
  const root = fileURLToPath(new URL('../../src/graphql/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('are typed from the SDL, without `any`', () => {
    const sources = files(root).filter((file) => !file.includes('/generated/'));
    const resolverFiles = sources.filter((file) => file.includes('/resolvers/'));
    expect(resolverFiles.length).toBeGreaterThan(20);
    for (const file of resolverFiles) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toMatch(/from '(\.\.\/)+generated\/resolvers\.ts'/);
    }
    const withAny = sources.filter((file) => /(:\s*any\b|\bas any\b|<any>)/.test(readFileSync(file, 'utf8')));
    expect(withAny).toEqual([]);
  });
});
