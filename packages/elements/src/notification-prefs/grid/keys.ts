/** A cell of the grid: row 0 is the header, columns are 0 (name), 1 (whole row), then channels. */
export interface Position {
  r: number;
  c: number;
}

/**
 * Where a key moves focus in the WAI-ARIA grid pattern, or `undefined` when the key is
 * not a grid key. `lastCol(r)` is the last column that row has (section rows have one).
 * The column is kept when passing through a shorter row, as spreadsheets do.
 */
export function moveFocus(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  from: Position,
  rowCount: number,
  lastCol: (r: number) => number,
  rtl: boolean,
): Position | undefined {
  const { r } = from;
  const c = Math.min(from.c, lastCol(r));
  const ctrl = event.ctrlKey || event.metaKey;
  const lastRow = rowCount - 1;
  const page = 10;
  let key = event.key;
  if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
  else if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
  switch (key) {
    case 'ArrowRight':
      return { r, c: Math.min(c + 1, lastCol(r)) };
    case 'ArrowLeft':
      return { r, c: Math.max(c - 1, 0) };
    case 'ArrowDown':
      return { r: Math.min(r + 1, lastRow), c: from.c };
    case 'ArrowUp':
      return { r: Math.max(r - 1, 0), c: from.c };
    case 'PageDown':
      return { r: Math.min(r + page, lastRow), c: from.c };
    case 'PageUp':
      return { r: Math.max(r - page, 0), c: from.c };
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : { r, c: 0 };
    case 'End':
      return ctrl ? { r: lastRow, c: lastCol(lastRow) } : { r, c: lastCol(r) };
    default:
      return undefined;
  }
}
