/** What a route shows: a title for the browser tab and the content of <main>. */
export interface View {
  title: string;
  content: Node;
}
