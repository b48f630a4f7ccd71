import type { Span } from '../../src/model/dataset.ts';

/**
 * The reader shows the article text as runs of text and highlights; each highlight also holds a
 * visually hidden description for screen readers. Offsets into the article text count only the
 * visible text nodes, in order.
 */
function visibleTextNodes(container: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Offset in the article text of a DOM point (node, offset) inside the container. */
function offsetOf(container: HTMLElement, nodes: readonly Text[], node: Node, offset: number): number {
  let total = 0;
  if (node.nodeType === Node.TEXT_NODE) {
    for (const t of nodes) {
      if (t === node) return total + offset;
      total += t.data.length;
    }
  }
  // A point between children, or inside hidden text: the first visible text at or after it.
  const probe = document.createRange();
  probe.setStart(node, node.nodeType === Node.TEXT_NODE ? Math.min(offset, (node as Text).data.length) : offset);
  total = 0;
  for (const t of nodes) {
    if (probe.comparePoint(t, 0) >= 0) return total;
    total += t.data.length;
  }
  return total;
}

/** The current selection as a span of the article text, if it lies in the container and is not empty. */
export function selectedSpan(container: HTMLElement | null): Span | null {
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const nodes = visibleTextNodes(container);
  const start = offsetOf(container, nodes, range.startContainer, range.startOffset);
  const end = offsetOf(container, nodes, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
