/**
 * Helpers the benchmark pages import (served from the repository by bench/run.mjs). Plain browser JavaScript.
 */

/**
 * Runs `work` at the start of an animation frame and resolves with the time from then to the end of the
 * frame that shows its result (Lit renders in the microtasks right after `work`, before style, layout and
 * paint; a message posted in the same frame is delivered once the frame has been produced). Starting at a
 * frame boundary keeps the wait for the display's next refresh out of the figure. The window is marked
 * (`bench:measure-start` / `-end`) so the runner can add up the main thread's CPU time in it from a trace.
 */
export function timeToPaintedFrame(work) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      performance.mark('bench:measure-start');
      const start = performance.now();
      try {
        work();
      } catch (error) {
        reject(error);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const elapsed = performance.now() - start;
        performance.mark('bench:measure-end');
        resolve(elapsed);
      };
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves after two frames: whatever was pending has been painted. */
export function settle() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** A DOM subtree as data (element name, namespace, attributes, children; text as strings; comments dropped). */
export function capture(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const children = [];
  for (const child of node.childNodes) {
    const captured = capture(child);
    if (captured !== null) children.push(captured);
  }
  return { name: node.localName, ns: node.namespaceURI, attributes: [...node.attributes].map((attribute) => [attribute.name, attribute.value]), children };
}

/** The contents of a shadow root as data (style elements left out: the floor adopts the same sheets). */
export function captureShadow(root) {
  return [...root.childNodes].map(capture).filter((node) => node !== null && node.name !== 'style');
}

const HTML = 'http://www.w3.org/1999/xhtml';

/** Builds captured nodes with document.createElement(NS) into one fragment: the vanilla-DOM floor. */
export function build(nodes) {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) fragment.append(buildNode(node));
  return fragment;
}

function buildNode(node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = node.ns === HTML ? document.createElement(node.name) : document.createElementNS(node.ns, node.name);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  for (const child of node.children) element.append(buildNode(child));
  return element;
}

/** Counts nodes of captured data. */
export function countNodes(nodes) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (typeof node !== 'string') node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return count;
}

/** True once a kit element shows content: not its loading state (an error state counts as shown). */
export function rendered(element) {
  const root = element.shadowRoot;
  if (!root) return false;
  if (root.querySelector('.status.loading, [part~="loading"]')) return false;
  return [...root.children].some((child) => child.localName !== 'style');
}

/** A sample of numbers: median, min, max. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
