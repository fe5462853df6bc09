/**
 * The strings of a category row's template, one per pattern of the channels the row has:
 * the row, its "All" switch and every channel's cell in one flat template.
 *
 * Why not a nested template per cell, as `html` literals would write it: each nested
 * template is a template instance, a part for the list and a comment marker per cell, and
 * with ten thousand rows drawn those were most of the grid's JavaScript heap (about 5 KB a
 * row). A row of five channels that draws its cells itself has one instance and no list.
 * Lit keys a template by its strings array, so each pattern's array is made once; it
 * carries `raw`, as Lit requires of a template's strings (and as `lit/static-html.js`
 * makes its own). The markup is exactly what the nested templates of a cell drew once
 * minified, without blank text between tags. Patterns are few (at most one per set of
 * channels a category has, 32 for five channels), so the cache is never emptied.
 *
 * The values, in order: row number (`data-r`), `aria-rowindex`, the name cell's `data-c`
 * and `tabindex`, its `aria-labelledby` and `aria-describedby`, the title's id, the label,
 * the description, the required reason, the Options button; then for the "All" switch and
 * each channel with a switch: `aria-checked`, `aria-label`, `aria-disabled`,
 * `aria-describedby`, the visible label; for a channel the category lacks: its label and
 * the words "not available".
 */
const cache = new Map<string, TemplateStringsArray>();

/** `pattern`: one character per channel, `s` for a switch, `n` for a channel the category lacks. */
export function rowStrings(pattern: string): TemplateStringsArray {
  let strings = cache.get(pattern);
  if (!strings) {
    const parts = [
      '<div role="row" part="row" class="row" data-r="',
      '" aria-rowindex="',
      '"><div role="rowheader" class="name" data-c="',
      '" tabindex="',
      '" aria-labelledby="',
      '" aria-describedby="',
      '"><span class="title" id="',
      '"><bdi>',
      '</bdi></span>',
      '',
      '',
    ];
    let open = '</div>';
    const cell = (cellClass: string, c: number) => {
      parts.push(
        `${open}<div role="gridcell" class="${cellClass}"><button role="checkbox" part="switch" class="pc-switch switch" data-c="${c}" tabindex="-1" aria-checked="`,
        '" aria-label="',
        '" aria-disabled="',
        '" aria-describedby="',
        '"><span class="label" aria-hidden="true"><bdi>',
      );
      open = '</bdi></span></button></div>';
    };
    cell('all', 1);
    [...pattern].forEach((kind, j) => {
      if (kind === 's') return cell('cell', j + 2);
      parts.push(
        `${open}<div role="gridcell" class="cell na" data-c="${j + 2}" tabindex="-1"><span class="label" aria-hidden="true"><bdi>`,
        '</bdi></span> <span aria-hidden="true">—</span><span class="sr-only">',
      );
      open = '</span></div>';
    });
    parts.push(`${open}</div>`);
    strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    cache.set(pattern, strings);
  }
  return strings;
}
