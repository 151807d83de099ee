/**
 * The career graph drawn with Cytoscape.js, loaded on demand (its own chunk: the first load
 * does not carry it). Cards are laid out by SQF level, higher levels on top; clicking a card
 * opens it. On a wide screen every node carries the card's whole name (the nodes are as tall as
 * the longest); on a phone the drawing fits the screen's width, the nodes carry code and level,
 * and a first tap shows the whole name under the graph (a second opens the card). The same
 * information is in the list beside it (LevelsPage), which is what keyboard and screen-reader
 * users get; the canvas is one labelled image to them.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { CareerGraph as Graph } from '../api/types';
import { useI18n } from '../i18n';
import { Link, navigate } from '../router';

const COLORS = { accent: '#0b5d7a', fg: '#1a1f24', muted: '#4a5561', node: '#e7f2f6', white: '#ffffff' };

type Box = { nodeW: number; nodeH: number; gapX: number; gapY: number; fontSize: number };

const PADDING = 12;
const MIN_NODE_W = 64;

/**
 * Lines a label takes at `width` px (Noto Sans averages about 0.6 em a letter in Cyrillic):
 * a little more than the text needs, so a node is never shorter than its label.
 */
function linesOf(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.6)));
  let lines = 0;
  for (const part of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of part.split(/\s+/)) {
      const len = word.length + (line ? 1 : 0);
      if (line + len > perLine && line > 0) {
        lines += 1;
        line = word.length;
      } else line += len;
    }
  }
  return lines;
}

/**
 * A wide screen draws every card with its whole name (no "…"): the nodes are as tall as the
 * longest label. A phone draws the graph as wide as the screen: the widest row's cards share the
 * width and show their code and level; a tap shows the whole name under the graph. Only when
 * even the smallest nodes do not fit does the drawing scroll within its own frame.
 */
function boxFor(narrow: boolean, available: number, widestRow: number, labels: string[]): Box {
  if (narrow) {
    const gapX = 8;
    const fit = Math.floor((available - 2 * PADDING - 2 - (widestRow - 1) * gapX) / Math.max(1, widestRow));
    const nodeW = Math.max(MIN_NODE_W, Math.min(150, fit));
    return { nodeW, nodeH: 46, gapX, gapY: 40, fontSize: 11 };
  }
  const nodeW = 220;
  const fontSize = 13;
  const lines = Math.max(3, ...labels.map((l) => linesOf(l, nodeW - 14, fontSize)));
  return { nodeW, nodeH: Math.ceil(lines * fontSize * 1.3 + 18), gapX: 16, gapY: 56, fontSize };
}

type NodeInfo = { id: string; level: number; label: string; name: string; href?: string; unresolved?: boolean };

/**
 * Positions by level (top: highest), one row per level. Within a level the cards are
 * ordered by where their neighbours stand (a barycentre sweep up, then down), so that links
 * cross as little as possible. Returns the positions and the drawing's height.
 */
function layout(
  nodes: NodeInfo[],
  links: { source: string; target: string }[],
  box: Box,
): { positions: Record<string, { x: number; y: number }>; width: number; height: number } {
  const levels = [...new Set(nodes.map((n) => n.level))].sort((a, b) => b - a);
  const rows = new Map(
    levels.map((l) => [l, nodes.filter((n) => n.level === l).sort((a, b) => a.id.localeCompare(b.id))]),
  );
  const xOf = new Map<string, number>();
  const place = (level: number) => {
    const row = rows.get(level) ?? [];
    row.forEach((n, i) => {
      xOf.set(n.id, i - (row.length - 1) / 2);
    });
  };
  for (const level of levels) place(level);
  const reorder = (level: number, neighbours: (id: string) => string[]) => {
    const row = rows.get(level) ?? [];
    const key = (n: NodeInfo) => {
      const xs = neighbours(n.id)
        .map((id) => xOf.get(id))
        .filter((x): x is number => x !== undefined);
      const x = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : (xOf.get(n.id) ?? 0);
      // Professions without a card go to the end of their row, so no link runs behind them.
      return n.unresolved ? x + 1000 : x;
    };
    rows.set(
      level,
      [...row].sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id)),
    );
    place(level);
  };
  const below = (id: string) => links.filter((l) => l.target === id).map((l) => l.source);
  const above = (id: string) => links.filter((l) => l.source === id).map((l) => l.target);
  for (const level of [...levels].reverse()) reorder(level, below);
  for (const level of levels) reorder(level, above);

  const positions: Record<string, { x: number; y: number }> = {};
  let y = box.nodeH / 2;
  let widest = 0;
  for (const level of levels) {
    const row = rows.get(level) ?? [];
    widest = Math.max(widest, row.length);
    row.forEach((n, i) => {
      positions[n.id] = { x: (i - (row.length - 1) / 2) * (box.nodeW + box.gapX), y };
    });
    y += box.nodeH + box.gapY;
  }
  return { positions, width: widest * (box.nodeW + box.gapX), height: y - box.gapY + box.nodeH / 2 };
}

export function CareerGraphView({ graph }: { graph: Graph }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [scrolls, setScrolls] = useState(false);
  const [narrowView, setNarrowView] = useState(false);
  // The card whose whole name is shown under the graph (a tap on a phone, hover or a first tap).
  const [selected, setSelected] = useState<{ name: string; href?: string } | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let cy: Core | undefined;
    let cancelled = false;
    const available = el.parentElement?.clientWidth ?? el.clientWidth;
    const narrow = available < 600;
    setNarrowView(narrow);
    const nodes: NodeInfo[] = [
      ...graph.nodes.map((n) => {
        const ref = `${n.code} · ${t('common.level', { n: n.level })}`;
        return {
          id: n.id,
          level: n.level,
          name: `${n.name.text} (${ref})`,
          label: narrow ? `${n.code}\n${t('common.level', { n: n.level })}` : `${n.name.text}\n${ref}`,
          href: `/cards/${n.code}/${n.level}`,
        };
      }),
      ...graph.unresolved.map((u) => ({
        id: `unresolved:${u.linkId}`,
        level: u.level,
        name: `${u.name.text} (${t('common.noCard')})`,
        // On a phone the dashed frame says "no card"; a tap gives the name.
        label: narrow ? t('common.level', { n: u.level }) : `${u.name.text}\n${t('common.noCard')}`,
        unresolved: true,
      })),
    ];
    const seen = new Set<string>();
    const edges: ElementDefinition[] = [];
    for (const e of graph.edges) {
      const key = `${e.from}>${e.to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ data: { id: `e:${key}`, source: e.from, target: e.to }, classes: e.kind });
    }
    for (const u of graph.unresolved) {
      edges.push({
        data: { id: `e:${u.linkId}`, source: u.from, target: `unresolved:${u.linkId}` },
        classes: 'unresolved',
      });
    }

    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled) return;
        const perLevel = new Map<number, number>();
        for (const n of nodes) perLevel.set(n.level, (perLevel.get(n.level) ?? 0) + 1);
        const box = boxFor(
          narrow,
          available,
          Math.max(1, ...perLevel.values()),
          nodes.map((n) => n.label),
        );
        const placed = layout(
          nodes,
          edges.map((e) => ({ source: String(e.data.source), target: String(e.data.target) })),
          box,
        );
        // The drawing at full size: the container follows the layout (the wrapper scrolls if it is wider).
        const width = Math.ceil(placed.width) + 2 * PADDING;
        el.style.height = `${Math.max(240, Math.ceil(placed.height) + 2 * PADDING)}px`;
        el.style.width = width > available ? `${width}px` : '100%';
        setScrolls(width > available);
        cy = cytoscape({
          container: el,
          elements: [
            ...nodes.map((n) => ({
              data: { id: n.id, label: n.label, name: n.name, href: n.href },
              position: placed.positions[n.id],
              classes: n.unresolved ? 'unresolved' : '',
            })),
            ...edges,
          ],
          layout: { name: 'preset', fit: true, padding: PADDING },
          maxZoom: 1,
          userZoomingEnabled: false,
          userPanningEnabled: false,
          boxSelectionEnabled: false,
          autoungrabify: true,
          autounselectify: true,
          style: [
            {
              selector: 'node',
              style: {
                shape: 'round-rectangle',
                width: box.nodeW,
                height: box.nodeH,
                'background-color': COLORS.node,
                'border-width': 2,
                'border-color': COLORS.accent,
                label: 'data(label)',
                'text-wrap': 'wrap',
                'text-max-width': `${box.nodeW - 14}px`,
                'text-valign': 'center',
                'text-halign': 'center',
                'font-size': box.fontSize,
                'font-family': 'Noto Sans, DejaVu Sans, system-ui, sans-serif',
                color: COLORS.fg,
              },
            },
            {
              selector: 'node.unresolved',
              style: { 'border-style': 'dashed', 'border-color': COLORS.muted, 'background-color': COLORS.white },
            },
            {
              selector: 'edge',
              style: {
                width: 2,
                'line-color': COLORS.accent,
                'target-arrow-color': COLORS.accent,
                'target-arrow-shape': 'triangle',
                'curve-style': 'bezier',
              },
            },
            { selector: 'edge.next-level', style: { 'line-style': 'dashed' } },
            {
              selector: 'edge.unresolved',
              style: { 'line-style': 'dotted', 'line-color': COLORS.muted, 'target-arrow-color': COLORS.muted },
            },
            { selector: 'node.hover', style: { 'background-color': '#cfe6ee', 'border-width': 3 } },
            { selector: 'node.chosen', style: { 'background-color': '#cfe6ee', 'border-width': 4 } },
          ],
        });
        cy.on('tap', 'node', (event) => {
          const href = event.target.data('href') as string | undefined;
          const name = String(event.target.data('name'));
          // On a phone the node shows only its code: the first tap shows the name, the second opens it.
          if (narrow && !event.target.hasClass('chosen')) {
            cy?.nodes().removeClass('chosen');
            event.target.addClass('chosen');
            setSelected({ name, ...(href ? { href } : {}) });
            return;
          }
          if (href) navigate(href);
        });
        cy.on('mouseover', 'node', (event) => {
          setSelected({ name: String(event.target.data('name')), href: event.target.data('href') });
          if (!event.target.data('href')) return;
          event.target.addClass('hover');
          el.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', (event) => {
          event.target.removeClass('hover');
          el.style.cursor = '';
        });
        // Tests (and curious developers) find the live graph on its element, to click a node where it is drawn.
        (el as HTMLElement & { cy?: unknown }).cy = cy;
        setState('ready');
        // A drawing wider than the screen starts at its middle, where the ladders meet.
        const wrapper = el.parentElement;
        if (wrapper && width > available) wrapper.scrollLeft = (wrapper.scrollWidth - wrapper.clientWidth) / 2;
      })
      .catch(() => !cancelled && setState('failed'));

    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [graph, t]);

  const edgeCount = new Set(graph.edges.map((e) => `${e.from}>${e.to}`)).size + graph.unresolved.length;
  return (
    <div className="graph-wrap">
      {state === 'loading' && (
        <p className="loading" role="status">
          {t('levels.graphLoading')}
        </p>
      )}
      {state === 'failed' && (
        <p className="error-box" role="alert">
          {t('levels.graphFailed')}
        </p>
      )}
      {/* A drawing wider than the screen scrolls sideways; then the region takes the keyboard focus to scroll it. */}
      <section className="graph-scroll" tabIndex={scrolls ? 0 : undefined} aria-label={t('levels.graph')}>
        <div
          ref={container}
          className="graph"
          role="img"
          aria-label={t('levels.graphLabel', { nodes: graph.nodes.length, edges: edgeCount })}
          data-testid="career-graph"
          data-state={state}
        />
      </section>
      <p className="graph-caption" aria-live="polite" data-testid="graph-caption">
        {selected ? (
          selected.href ? (
            <Link href={selected.href}>{selected.name}</Link>
          ) : (
            selected.name
          )
        ) : (
          narrowView && <span className="muted small">{t('career.graph.hint')}</span>
        )}
      </p>
    </div>
  );
}

export default CareerGraphView;
