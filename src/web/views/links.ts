// Links between the page's views: #/search?q=…, #/person/ID, #/organization/ID.
import type { EntityNameFragment } from '../../client/generated/graphql.ts';
import { h } from '../dom.ts';

type EntityRef = Pick<EntityNameFragment, '__typename' | 'id' | 'name'>;

export function searchHref(text: string): string {
  return `#/search?q=${encodeURIComponent(text)}`;
}

export function entityHref(entity: Pick<EntityRef, '__typename' | 'id'>): string {
  return `#/${entity.__typename === 'Person' ? 'person' : 'organization'}/${encodeURIComponent(entity.id)}`;
}

export function entityLink(entity: EntityRef): HTMLAnchorElement {
  return h('a', { class: `entity ${entity.__typename.toLowerCase()}`, href: entityHref(entity) }, entity.name);
}
