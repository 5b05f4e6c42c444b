import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
// Every document the web sends is in this one large generated module: loading it here keeps its cost
// (over a second on a busy machine) out of the first page a test renders and waits for.
import '../../web/graphql/graphql.js';

// Each page is a lazy chunk, so a file's first findBy* also waits for the page's modules (recharts and
// all) to load; on two cores shared with the integration tests that alone can pass the default 1 s.
configure({ asyncUtilTimeout: 5_000 });

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// recharts' ResponsiveContainer measures its parent; jsdom has no layout, so give elements a size.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return { x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 400, width: 800, height: 400, toJSON: () => ({}) };
};

// jsdom has no 2D canvas; say so quietly, as a browser without one would (the person graph then stays undrawn).
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

afterEach(() => cleanup());
