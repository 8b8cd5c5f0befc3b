// A sanction: who imposed which measures on whom, under which law, per which article.
import type { SanctionCardFragment } from '../../client/generated/graphql.ts';
import { h } from '../dom.ts';
import { sanctionMeasures } from '../format.ts';
import { entityLink } from './links.ts';
import { articleLine } from './statement.ts';

export function sanctionCard(sanction: SanctionCardFragment): HTMLElement {
  const { legalBasis } = sanction;
  return h(
    'article',
    { class: 'sanction', 'data-id': sanction.id },
    h(
      'p',
      { class: 'attribution' },
      entityLink({ __typename: 'Organization', ...sanction.authority }),
      ' → ',
      entityLink(sanction.target),
      h('span', { class: 'measures' }, sanction.measures.map((measure) => sanctionMeasures[measure]).join(', ')),
      legalBasis && h('span', { class: 'law' }, `under ${legalBasis.name}${legalBasis.year ? ` (${legalBasis.year})` : ''}`),
      sanction.dateText && h('span', { class: 'when' }, sanction.dateText),
    ),
    h('blockquote', { class: 'sentence' }, sanction.text),
    h('footer', null, articleLine(sanction.article)),
  );
}
