// The who-said-what page: a search box and three views chosen by the address's hash
// (#/search?q=…, #/person/ID, #/organization/ID), each filled from one GraphQL query.
import { h } from './dom.ts';
import type { View } from './view.ts';
import { organizationView, personView } from './views/entity.ts';
import { searchHref } from './views/links.ts';
import { searchView } from './views/search.ts';

const main = document.querySelector('main')!;
const form = document.querySelector<HTMLFormElement>('form.search')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;

const EXAMPLES = ['Kadyrov', 'Roskomnadzor', 'sanctions', 'torture'];

function route(hash: string): { view: () => Promise<View> | View; query?: string } {
  const [path = '', queryString = ''] = hash.replace(/^#\/?/, '').split('?');
  const [kind, id] = path.split('/').map(decodeURIComponent);
  const query = new URLSearchParams(queryString).get('q')?.trim();
  if (kind === 'search' && query) return { view: () => searchView(query), query };
  if (kind === 'person' && id) return { view: () => personView(id) };
  if (kind === 'organization' && id) return { view: () => organizationView(id) };
  return { view: home };
}

function home(): View {
  return {
    title: 'Who said what',
    content: h(
      'div',
      { class: 'home' },
      h('h1', null, 'Who said what, about whom — and who sanctioned whom'),
      h('p', null, 'Search a name or a phrase to see the statements made by or about people and organizations in the news, each marked in the article it comes from.'),
      h('p', null, 'Try: ', EXAMPLES.flatMap((example, i) => [i ? ', ' : '', h('a', { href: searchHref(example) }, example)])),
    ),
  };
}

let shown = 0;
async function show(): Promise<void> {
  const current = ++shown;
  const { view, query } = route(location.hash);
  input.value = query ?? '';
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let result: View;
  try {
    result = await view();
  } catch (error) {
    result = { title: 'Error', content: h('p', { class: 'error' }, `Something went wrong: ${(error as Error).message}`) };
  }
  if (current !== shown) return; // a later navigation already replaced this one
  document.title = `${result.title} · whosaid`;
  main.replaceChildren(result.content);
  main.removeAttribute('aria-busy');
  window.scrollTo(0, 0);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text) location.hash = searchHref(text);
});
window.addEventListener('hashchange', () => void show());
void show();
