// A statement: who said it, how, the words marked in their sentence, the article it is
// from, and on demand the article's whole text with the words marked in place.
import type { StatementCardFragment } from '../../client/generated/graphql.ts';
import { articleText } from '../api.ts';
import { h, type Child } from '../dom.ts';
import { formatDate, statementKinds } from '../format.ts';
import { markSpan } from '../highlight.ts';
import { entityLink } from './links.ts';

type Article = StatementCardFragment['article'];

export function statementCard(statement: StatementCardFragment): HTMLElement {
  const { sentence, span, speaker } = statement;
  const articleBox = h('div', { class: 'article-text', hidden: true });
  const toggle = h('button', { type: 'button', class: 'show-article', 'aria-expanded': 'false' }, 'Show in article');
  toggle.addEventListener('click', () => void toggleArticle(toggle, articleBox, statement));

  return h(
    'article',
    { class: 'statement', 'data-id': statement.id },
    h(
      'p',
      { class: 'attribution' },
      speaker.__typename === 'UnnamedSource' ? h('span', { class: 'speaker unnamed' }, speaker.label) : entityLink(speaker),
      ' ',
      h('span', { class: 'verb' }, statement.verb),
      h('span', { class: `kind ${statement.kind.toLowerCase()}` }, statementKinds[statement.kind]),
      statement.dateText && h('span', { class: 'when' }, statement.dateText),
    ),
    h('blockquote', { class: 'sentence' }, marked(sentence.text, span.start - sentence.start, span.end - sentence.start)),
    h('footer', null, articleLine(statement.article), toggle),
    articleBox,
  );
}

export function articleLine(article: Article): HTMLElement {
  return h(
    'span',
    { class: 'source' },
    h('cite', null, article.title),
    article.outlet && ` · ${article.outlet}`,
    article.publishedAt && ` · ${formatDate(article.publishedAt)}`,
  );
}

function marked(text: string, start: number, end: number): Child[] {
  return markSpan(text, start, end).map((piece) => (piece.marked ? h('mark', null, piece.text) : piece.text));
}

async function toggleArticle(toggle: HTMLButtonElement, box: HTMLElement, statement: StatementCardFragment) {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? 'Hide article' : 'Show in article';
  box.hidden = !open;
  if (!open || box.childElementCount) return;

  box.replaceChildren(h('p', { class: 'loading' }, 'Loading the article…'));
  try {
    const article = await articleText(statement.article.id);
    if (!article) {
      box.replaceChildren(h('p', { class: 'error' }, 'The article is no longer there.'));
      return;
    }
    const body = h('div', { class: 'body' }, marked(article.body, statement.span.start, statement.span.end));
    box.replaceChildren(body);
    const mark = body.querySelector('mark');
    // Bring the marked words to the top third of the scrolling box.
    if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
  } catch (error) {
    box.replaceChildren(h('p', { class: 'error' }, `Could not load the article: ${(error as Error).message}`));
  }
}
