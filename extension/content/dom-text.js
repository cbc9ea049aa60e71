// Reading text off LinkedIn's markup the way a sighted reader sees it. No layout queries
// (getComputedStyle, innerText): they force style recalculation and are too slow on big pages.

import { cleanText } from "../lib/text.js";

const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "svg"]);
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "LI", "MAIN", "OL", "P", "SECTION", "TD", "TH",
  "UL", "BR",
]);
// Screen-reader-only duplicates: LinkedIn prints most lines twice, once for the eye
// (aria-hidden) and once for assistive tech; we read the visible copy.
const SCREEN_READER_ONLY = ".visually-hidden, .sr-only, .a11y-text";

/** Whether an element is hidden from a sighted reader by markup alone. */
export function isMarkupHidden(element) {
  return element.hidden
    || SKIPPED_TAGS.has(element.tagName)
    || element.matches(SCREEN_READER_ONLY)
    || /display:\s*none/i.test(element.getAttribute("style") ?? "");
}

/**
 * The text lines inside root, in document order: text under the same nearest block element
 * forms one line. `skip(element)` prunes subtrees (nested entities, buttons, ...).
 */
export function blockLines(root, skip = () => false) {
  const lines = [];
  let owner = null;
  let parts = [];
  const flush = () => {
    const line = cleanText(parts.join(" "));
    if (line) lines.push(line);
    parts = [];
  };
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!child.data.trim()) continue;
        let block = node;
        while (block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
        if (block !== owner) {
          flush();
          owner = block;
        }
        parts.push(child.data);
      } else if (child.nodeType === 1) {
        if (isMarkupHidden(child) || skip(child)) continue;
        if (BLOCK_TAGS.has(child.tagName)) {
          flush();
          owner = null;
        }
        visit(child);
        if (BLOCK_TAGS.has(child.tagName)) {
          flush();
          owner = null;
        }
      }
    }
  };
  visit(root);
  flush();
  return lines;
}

/**
 * The visible text of root with its line breaks: a <br> ends a line, and so does a block
 * element; other whitespace reads as one space, as the browser renders it.
 */
export function textWithBreaks(root, skip = () => false) {
  let out = "";
  const endLine = () => {
    if (out && !/\n[ ]*$/.test(out)) out += "\n";
  };
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.data.replace(/\s+/g, " ");
      } else if (child.nodeType === 1 && !isMarkupHidden(child) && !skip(child)) {
        if (child.tagName === "BR") {
          out += "\n";
          continue;
        }
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) endLine();
        visit(child);
        if (block) endLine();
      }
    }
  };
  visit(root);
  return out;
}

/** All visible text of an element as one line. */
export function visibleText(element) {
  if (!element) return "";
  return cleanText(blockLines(element).join(" "));
}

/**
 * Lines printed as LinkedIn's visible/hidden pairs: each `span[aria-hidden=true]` that has a
 * screen-reader twin is one line. Returns [] when the element does not use that pattern.
 */
export function pairedLines(root, skip = () => false) {
  const lines = [];
  for (const span of root.querySelectorAll('span[aria-hidden="true"]')) {
    const twin = span.nextElementSibling;
    if (!twin?.matches(SCREEN_READER_ONLY)) continue;
    if (hasSkippedAncestor(span, root, skip)) continue;
    const line = cleanText(span.textContent);
    if (line) lines.push(line);
  }
  return lines;
}

function hasSkippedAncestor(element, root, skip) {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (skip(node)) return true;
  }
  return false;
}

/** Lines of an entity: paired visible copies when the markup has them, else block lines. */
export function entityLines(root, skip = () => false) {
  const paired = pairedLines(root, skip);
  return paired.length ? paired : blockLines(root, skip);
}

/** The elements matching selector inside root that are not inside another match below root. */
export function outermost(root, selector) {
  return [...root.querySelectorAll(selector)].filter((element) => {
    const outer = element.parentElement?.closest(selector);
    return !outer || outer === root || !root.contains(outer);
  });
}
