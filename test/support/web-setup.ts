import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

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

// findBy…/waitFor give up after 1 s by default; on two shared cores a first render can take longer without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
