import cytoscape, { type Core, type ElementDefinition, type EventObjectNode, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Neighbourhood } from './elements.js';
import { GraphLegend } from './GraphLegend.js';

/** Above this many arrows their words would crowd the picture; the legend still names every kind. */
const MOST_EDGE_LABELS = 16;

/** Up to this many nodes are laid out as a tree; more, in rings around the subject. */
const MOST_TREE_NODES = 9;

/** Colours from the page's CSS variables, so the graph follows the light or dark setting. */
function palette(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1f2328'),
    muted: read('--muted', '#59636e'),
    border: read('--border', '#d1d9e0'),
    surface: read('--surface', '#ffffff'),
    accent: read('--accent', '#0969da'),
    bad: read('--bad', '#cf222e'),
  };
}

function stylesheet(colors: ReturnType<typeof palette>): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: colors.text,
        'font-size': 13,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Long labels are cut so neighbours do not overlap; hovering a node shows its whole label.
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-background-color': colors.surface,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'background-color': colors.surface,
        'border-width': 2,
        'border-color': colors.border,
        width: 22,
        height: 22,
      },
    },
    {
      selector: 'node[kind = "person"]',
      style: { width: 34, height: 34, 'background-color': colors.accent, 'border-color': colors.accent, 'font-weight': 'bold' },
    },
    { selector: 'node[kind = "identity"]', style: { shape: 'diamond', 'border-color': colors.accent } },
    { selector: 'node[kind = "app"]', style: { shape: 'round-rectangle', width: 30, height: 22, 'border-color': colors.text } },
    { selector: 'node[kind = "role"]', style: { shape: 'tag', width: 16, height: 16, color: colors.muted } },
    { selector: 'node[kind = "integration"]', style: { shape: 'hexagon', 'border-color': colors.muted } },
    { selector: 'node[?flagged]', style: { 'border-color': colors.bad, 'border-width': 3 } },
    { selector: 'node[href]', style: { cursor: 'pointer' } as Record<string, string> },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': colors.border,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': colors.border,
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge.labelled',
      style: {
        label: 'data(label)',
        color: colors.muted,
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-background-color': colors.surface,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
  ];
}

/** The first node is what the graph is about: the centre of the drawing. */
function rootsOf(neighbourhood: Neighbourhood): string[] {
  return neighbourhood.nodes.slice(0, 1).map((node) => node.id);
}

function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** Draws the neighbourhood with Cytoscape.js (loaded with this chunk only); a click on an app opens its page. */
export default function NeighbourhoodCanvas({
  neighbourhood,
  label,
  height,
}: {
  neighbourhood: Neighbourhood;
  label: string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const elements: ElementDefinition[] = [
      ...neighbourhood.nodes.map((node) => ({
        data: { id: node.id, label: node.label, kind: node.kind, flagged: node.flagged, ...(node.href ? { href: node.href } : {}) },
      })),
      ...neighbourhood.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
        classes: neighbourhood.edges.length <= MOST_EDGE_LABELS ? 'labelled' : '',
      })),
    ];
    // Without a 2D canvas (a locked-down browser) the graph cannot be drawn; the caption and the tables say the same.
    if (!canDraw()) return undefined;
    const cy: Core = cytoscape({
      container: element,
      elements,
      style: stylesheet(palette(element)),
      // Room for each node's label, so labels of neighbouring nodes do not run into each other. A few
      // nodes read best as a tree under the subject; many would make its rows too wide, so they ring it.
      layout: {
        name: 'breadthfirst',
        roots: rootsOf(neighbourhood),
        circle: neighbourhood.nodes.length > MOST_TREE_NODES,
        spacingFactor: 1,
        nodeDimensionsIncludeLabels: true,
        padding: 16,
        animate: false,
      },
      minZoom: 0.3,
      maxZoom: 1.4,
      wheelSensitivity: 0.3,
    });
    // The whole label of the node under the pointer, as the box's tooltip (the drawing cuts long ones).
    cy.on('mouseover', 'node', (event: EventObjectNode) => {
      const full: unknown = event.target.data('label');
      if (typeof full === 'string' && full) element.title = full;
    });
    cy.on('mouseout', 'node', () => element.removeAttribute('title'));
    cy.on('tap', 'node[href]', (event: EventObjectNode) => {
      const href: unknown = event.target.data('href');
      if (typeof href === 'string') void navigate(href);
    });
    return () => cy.destroy();
  }, [neighbourhood, navigate]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        style={height ? { height } : undefined}
        role="img"
        aria-label={label}
        data-testid="neighbourhood-graph"
      />
      <GraphLegend neighbourhood={neighbourhood} />
    </>
  );
}
