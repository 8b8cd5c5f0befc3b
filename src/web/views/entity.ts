// A person or an organization: who they are, their statements, the statements about them,
// and the sanctions they imposed or received.
import { OrganizationViewDocument, PersonViewDocument, type PersonViewQuery } from '../../client/generated/graphql.ts';
import { request } from '../api.ts';
import { h, type Child } from '../dom.ts';
import { sanctionCard } from './sanction.ts';
import { statementCard } from './statement.ts';
import type { View } from '../view.ts';
import { entityLink } from './links.ts';

export async function personView(id: string): Promise<View> {
  const { person } = await request(PersonViewDocument, { id });
  if (!person) return notFound('person');
  return {
    title: person.name,
    content: entityPage(
      person.name,
      [person.description, person.country, ...roles(person.affiliations, person.description)],
      person.aliases.filter((alias) => alias !== person.name),
      [
        section('statements', `Statements by ${person.name}`, person.statements.map(statementCard)),
        section('statements-about', `Statements about ${person.name}`, person.statementsAbout.map(statementCard)),
        section('sanctions', `Sanctions against ${person.name}`, person.sanctions.map(sanctionCard)),
      ],
    ),
  };
}

export async function organizationView(id: string): Promise<View> {
  const { organization } = await request(OrganizationViewDocument, { id });
  if (!organization) return notFound('organization');
  return {
    title: organization.name,
    content: entityPage(
      organization.name,
      [organization.description, organization.country],
      organization.aliases.filter((alias) => alias !== organization.name),
      [
        section('statements', `Statements by ${organization.name}`, organization.statements.map(statementCard)),
        section('statements-about', `Statements about ${organization.name}`, organization.statementsAbout.map(statementCard)),
        section('sanctions-imposed', `Sanctions imposed by ${organization.name}`, organization.sanctionsImposed.map(sanctionCard)),
        section('sanctions-received', `Sanctions against ${organization.name}`, organization.sanctionsReceived.map(sanctionCard)),
      ],
    ),
  };
}

type Affiliation = NonNullable<PersonViewQuery['person']>['affiliations'][number];

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

function section(name: string, heading: string, cards: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: name },
    h('h2', null, `${heading} (${cards.length})`),
    cards.length ? cards : h('p', { class: 'empty' }, 'None in the articles so far.'),
  );
}

function notFound(kind: string): View {
  return { title: 'Not found', content: h('p', { class: 'empty' }, `No such ${kind}.`) };
}
