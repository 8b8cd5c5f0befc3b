// A person or an organization: who they are, their statements, the statements about them,
// and the sanctions they imposed or received.
import { OrganizationViewDocument, PersonViewDocument, type PersonViewQuery } from '../../client/generated/graphql.ts';
import { GraphQLRequestError } from '../../client/request.ts';
import { request } from '../api.ts';
import { h, type Child } from '../dom.ts';
import { sanctionCard } from './sanction.ts';
import { statementCard } from './statement.ts';
import type { View } from '../view.ts';
import { entityLink } from './links.ts';

export async function personView(id: string): Promise<View> {
  const person = await orNotFound(request(PersonViewDocument, { id }).then((data) => data.person));
  if (!person) return notFound('person');
  return {
    title: person.name,
    content: entityPage(
      person.name,
      [person.description, person.country, ...roles(person.affiliations.nodes, person.description)],
      person.aliases.filter((alias) => alias !== person.name),
      [
        section('statements', `Statements by ${person.name}`, person.statements, statementCard),
        section('statements-about', `Statements about ${person.name}`, person.statementsAbout, statementCard),
        section('sanctions', `Sanctions against ${person.name}`, person.sanctions, sanctionCard),
      ],
    ),
  };
}

export async function organizationView(id: string): Promise<View> {
  const organization = await orNotFound(request(OrganizationViewDocument, { id }).then((data) => data.organization));
  if (!organization) return notFound('organization');
  return {
    title: organization.name,
    content: entityPage(
      organization.name,
      [organization.description, organization.country],
      organization.aliases.filter((alias) => alias !== organization.name),
      [
        section('statements', `Statements by ${organization.name}`, organization.statements, statementCard),
        section('statements-about', `Statements about ${organization.name}`, organization.statementsAbout, statementCard),
        section('sanctions-imposed', `Sanctions imposed by ${organization.name}`, organization.sanctionsImposed, sanctionCard),
        section('sanctions-received', `Sanctions against ${organization.name}`, organization.sanctionsReceived, sanctionCard),
      ],
    ),
  };
}

type Affiliation = NonNullable<PersonViewQuery['person']>['affiliations']['nodes'][number];

/** Each role once, leaving out the one the description already states. */
function roles(affiliations: Affiliation[], description: string | null): HTMLElement[] {
  const seen = new Set([description]);
  return affiliations.flatMap((affiliation) => {
    const key = `${affiliation.role} ${affiliation.organization?.id ?? ''}`;
    if (seen.has(affiliation.role) || seen.has(key)) return [];
    seen.add(key);
    const organization = affiliation.organization;
    return [h('span', null, affiliation.role, organization && [' (', entityLink({ __typename: 'Organization', ...organization }), ')'])];
  });
}

function entityPage(name: string, facts: Child[], aliases: string[], sections: HTMLElement[]): HTMLElement {
  const shownFacts = facts.filter(Boolean);
  return h(
    'div',
    { class: 'entity-page' },
    h('h1', null, name),
    shownFacts.length > 0 && h('p', { class: 'facts' }, shownFacts.flatMap((fact, i) => (i ? [' · ', fact] : [fact]))),
    aliases.length > 0 && h('p', { class: 'aliases' }, `Also named: ${aliases.join(', ')}`),
    sections,
  );
}

/** A heading with the number of items in all, and the cards of the first page. */
function section<T>(name: string, heading: string, items: { totalCount: number; nodes: T[] }, card: (item: T) => HTMLElement): HTMLElement {
  const { totalCount, nodes } = items;
  return h(
    'section',
    { class: name },
    h('h2', null, `${heading} (${totalCount})`),
    nodes.length ? nodes.map(card) : h('p', { class: 'empty' }, 'None in the articles so far.'),
    totalCount > nodes.length && h('p', { class: 'more' }, `The first ${nodes.length} of ${totalCount}.`),
  );
}

/** null for an ID the server knows nothing of (an address kept from an earlier database, a typo). */
async function orNotFound<T>(record: Promise<T>): Promise<T | null> {
  try {
    return await record;
  } catch (error) {
    const code = error instanceof GraphQLRequestError ? error.errors[0]?.extensions?.code : undefined;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return null;
    throw error;
  }
}

function notFound(kind: string): View {
  return { title: 'Not found', content: h('p', { class: 'empty' }, `No such ${kind}.`) };
}
