// Cutting a text around a span so the span can be shown marked in place.

export interface Piece {
  text: string;
  marked: boolean;
}

/** `text` as the pieces before, inside and after [start, end) (offsets clamped to the text); empty pieces left out. */
export function markSpan(text: string, start: number, end: number): Piece[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return [
    { text: text.slice(0, from), marked: false },
    { text: text.slice(from, to), marked: true },
    { text: text.slice(to), marked: false },
  ].filter((piece) => piece.text !== '');
}
