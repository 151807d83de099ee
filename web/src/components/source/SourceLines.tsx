/**
 * The official text, line by line, in sections of a fixed number of lines. Each section is
 * memoised and given only what concerns it (its find marks, the current mark if it is there,
 * the highlighted range if it overlaps), so typing in the find box or stepping to the next
 * match re-renders a section or two, not the whole text; `content-visibility` lets the browser
 * skip laying out the sections off screen.
 */
import { memo, useMemo } from 'react';
import type { TextMatch } from './find-in-text';
import './source.css';

export const SECTION_LINES = 150;

/** A match with its place in the list of all matches (what "3 of 12" counts). */
export type IndexedMatch = TextMatch & { index: number };
const NONE: readonly IndexedMatch[] = [];

/** The matches grouped by section (the same empty array for a section without any). */
export function matchesBySection(matches: readonly TextMatch[], lineCount: number): (readonly IndexedMatch[])[] {
  const sections: IndexedMatch[][] = Array.from({ length: Math.ceil(lineCount / SECTION_LINES) }, () => []);
  matches.forEach((m, index) => {
    sections[Math.floor((m.line - 1) / SECTION_LINES)]?.push({ ...m, index });
  });
  return sections.map((s) => (s.length === 0 ? NONE : s));
}

type Props = {
  lines: readonly string[];
  /** The highlighted range from the address (#L740-L766). */
  from?: number | undefined;
  to?: number | undefined;
  marks: readonly (readonly IndexedMatch[])[];
  current: number;
};

export function SourceLines({ lines, from, to, marks, current }: Props) {
  const starts = useMemo(
    () => Array.from({ length: Math.ceil(lines.length / SECTION_LINES) }, (_, k) => k * SECTION_LINES + 1),
    [lines.length],
  );
  return (
    <div className="source-text" lang="kk" data-testid="source-text">
      {starts.map((first, k) => {
        const last = Math.min(lines.length, first + SECTION_LINES - 1);
        const sectionMarks = marks[k] ?? NONE;
        const overlaps = from !== undefined && to !== undefined && from <= last && to >= first;
        const firstIndex = sectionMarks[0]?.index ?? -1;
        const lastIndex = sectionMarks[sectionMarks.length - 1]?.index ?? -1;
        const holdsCurrent = current >= 0 && firstIndex <= current && current <= lastIndex;
        return (
          <Section
            key={first}
            lines={lines}
            first={first}
            last={last}
            from={overlaps ? from : undefined}
            to={overlaps ? to : undefined}
            marks={sectionMarks}
            current={holdsCurrent ? current : -1}
          />
        );
      })}
    </div>
  );
}

type SectionProps = {
  lines: readonly string[];
  first: number;
  last: number;
  from: number | undefined;
  to: number | undefined;
  marks: readonly IndexedMatch[];
  current: number;
};

const Section = memo(function Section({ lines, first, last, from, to, marks, current }: SectionProps) {
  const byLine = new Map<number, IndexedMatch[]>();
  for (const m of marks) {
    const list = byLine.get(m.line);
    if (list) list.push(m);
    else byLine.set(m.line, [m]);
  }
  const rows = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    const marked = from !== undefined && to !== undefined && n >= from && n <= to;
    rows.push(
      <div key={n} id={`L${n}`} className={marked ? 'line marked' : 'line'}>
        <a className="ln" href={`#L${n}`}>
          {n}
        </a>
        <span className="lt">{text ? <Marked text={text} marks={byLine.get(n)} current={current} /> : '\u00a0'}</span>
      </div>,
    );
  }
  return <div className="source-section">{rows}</div>;
});

function Marked({ text, marks, current }: { text: string; marks: IndexedMatch[] | undefined; current: number }) {
  if (!marks) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark key={m.index} data-match={m.index} className={m.index === current ? 'find-hit current' : 'find-hit'}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
