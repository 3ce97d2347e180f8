// DOM helpers: every piece of data enters the page as text (textContent), never as markup.
export const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children) append(node, child);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  for (const child of children) append(node, child);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) throw new Error("event handlers are attached with addEventListener");
    else node.setAttribute(key, String(value));
  }
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function safeHttpUrl(value) {
  // A link is made only for http(s) addresses; anything else (javascript:, data:) stays plain text.
  try {
    const url = new URL(String(value));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (_err) {
    return null;
  }
}

export const dash = (value) => (value === null || value === undefined || value === "" ? "\u2014" : String(value));
