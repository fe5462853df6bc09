import type { Mounted } from './subjects.js';

/** After the next frame is painted. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function gridOf(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('[role="grid"]')!;
}

/**
 * The switch the bench clicks: among the cells of one channel that are off and can be
 * switched, the middle one (or the last). Switching on never asks for a confirmation.
 */
export function switchToClick(root: ShadowRoot, which: 'middle' | 'last'): HTMLElement {
  const cells = [
    ...root.querySelectorAll<HTMLElement>(
      '[role="row"] [role="gridcell"].cell [role="checkbox"][aria-checked="false"]:not([aria-disabled])',
    ),
  ];
  const cell = which === 'middle' ? cells[Math.floor(cells.length / 2)] : cells.at(-1);
  if (!cell) throw new Error('No switch to click.');
  return cell;
}

/** Click -> DOM updated, and -> next frame, in milliseconds. */
export async function timeSwitch(page: Mounted, button: HTMLElement): Promise<{ dom: number; frame: number }> {
  const before = button.getAttribute('aria-checked');
  const start = performance.now();
  await page.click(button);
  const dom = performance.now() - start;
  if (button.getAttribute('aria-checked') === before) throw new Error('The cell did not change.');
  await frame();
  return { dom, frame: performance.now() - start };
}

/** Scrolls to the end, round after round, until progressive drawing has drawn every row. */
export async function drawAllRows(root: ShadowRoot): Promise<number> {
  const grid = gridOf(root);
  const total = Number(grid.getAttribute('aria-rowcount'));
  const deadline = performance.now() + 120_000;
  while (grid.children.length < total) {
    if (performance.now() > deadline) throw new Error(`Only ${grid.children.length} of ${total} rows drawn.`);
    root.querySelector('.spacer')?.scrollIntoView({ block: 'end' });
    await frame();
  }
  return grid.children.length;
}
