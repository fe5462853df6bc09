/**
 * Compares two DOM trees as a reader and a screen reader meet them: element tags,
 * attributes (sorted by name: their order means nothing) and non-blank text, in document
 * order. Comments (Lit's part markers) are skipped, and text runs split by them are
 * joined; blank text nodes are dropped and white space is collapsed, since the
 * whitespace of a template is not the widget's markup.
 */

export interface NodeCounts {
  elements: number;
  text: number;
  blankText: number;
  comments: number;
}

/** How many nodes of each kind `root` holds below it (not counting itself). */
export function countNodes(root: Node): NodeCounts {
  const counts: NodeCounts = { elements: 0, text: 0, blankText: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    else if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue!.trim()) counts.text++;
      else counts.blankText++;
    }
  }
  return counts;
}

/** `root` (an element, or only the children of a shadow root) as lines: `<tag a="1">`, `"text"`, `</tag>`, indented by depth. */
export function normalise(root: Node): string[] {
  const lines: string[] = [];
  const open = (element: Element, depth: number) => {
    const attributes = [...element.attributes]
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort()
      .join(' ');
    const indent = '  '.repeat(depth);
    lines.push(`${indent}<${element.localName}${attributes ? ` ${attributes}` : ''}>`);
    walk(element, depth + 1);
    lines.push(`${indent}</${element.localName}>`);
  };
  const walk = (parent: Node, depth: number): void => {
    const indent = '  '.repeat(depth);
    let text = '';
    const flush = () => {
      const collapsed = text.replace(/\s+/g, ' ').trim();
      if (collapsed) lines.push(`${indent}${JSON.stringify(collapsed)}`);
      text = '';
    };
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
      else if (node.nodeType === Node.ELEMENT_NODE) {
        flush();
        open(node as Element, depth);
      }
      // Comments are skipped: the text on either side of one is the same run of text.
    }
    flush();
  };
  if (root.nodeType === Node.ELEMENT_NODE) open(root as Element, 0);
  else walk(root, 0);
  return lines;
}

/** Where line `index` sits: the open tags around it, outermost first. */
function pathTo(lines: readonly string[], index: number): string {
  const path: string[] = [];
  let depth = (lines[index]?.match(/^ */)?.[0].length ?? 0) / 2;
  for (let i = index - 1; i >= 0 && depth > 0; i--) {
    const line = lines[i]!;
    const d = (line.match(/^ */)?.[0].length ?? 0) / 2;
    if (d < depth && line.trimStart().startsWith('<') && !line.trimStart().startsWith('</')) {
      path.unshift(line.trim());
      depth = d;
    }
  }
  return path.join('\n    ');
}

/**
 * `undefined` when the two line lists are the same, else a readable report: how many
 * lines differ (after the common start and end), where the first difference sits, and
 * a few lines of each side around it.
 */
export function diffLines(
  ours: readonly string[],
  theirs: readonly string[],
  names: [string, string] = ['ours', 'baseline'],
): string | undefined {
  let start = 0;
  while (start < ours.length && start < theirs.length && ours[start] === theirs[start]) start++;
  if (start === ours.length && start === theirs.length) return undefined;
  let end = 0;
  while (
    end < ours.length - start &&
    end < theirs.length - start &&
    ours[ours.length - 1 - end] === theirs[theirs.length - 1 - end]
  ) {
    end++;
  }
  const excerpt = (lines: readonly string[]) =>
    lines
      .slice(Math.max(0, start - 2), Math.min(lines.length - end, start + 8) + 1)
      .map((line, k) => `${Math.max(0, start - 2) + k === start ? '>' : ' '} ${line}`)
      .join('\n');
  return [
    `DOMs differ: ${names[0]} ${ours.length} lines, ${names[1]} ${theirs.length}; ` +
      `lines ${start + 1}..${ours.length - end} of ${names[0]} against ${start + 1}..${theirs.length - end} of ${names[1]}.`,
    `First difference (line ${start + 1}) inside:\n    ${pathTo(ours, start) || '(top level)'}`,
    `${names[0]}:\n${excerpt(ours)}`,
    `${names[1]}:\n${excerpt(theirs)}`,
  ].join('\n');
}
