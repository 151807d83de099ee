/**
 * A word-level diff of two texts: what a methodologist reads to see how an item was reworded.
 * Words are split on white space and compared exactly (a changed letter, case or punctuation
 * mark is a change); runs of the same operation are merged, deletions before additions.
 */
export type WordOp = { op: 'same' | 'add' | 'del'; text: string };

/** Longest-common-subsequence tables grow with the product of the lengths; beyond it, replace whole. */
const MAX_CELLS = 4_000_000;

function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

export function wordDiff(from: string, to: string): WordOp[] {
  const a = words(from);
  const b = words(to);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: { op: WordOp['op']; word: string }[] = a.slice(0, start).map((word) => ({ op: 'same', word }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const word of midA) ops.push({ op: 'del', word });
    for (const word of midB) ops.push({ op: 'add', word });
  } else {
    ops.push(...lcsOps(midA, midB));
  }
  for (const word of a.slice(endA)) ops.push({ op: 'same', word });
  return merge(ops);
}

function lcsOps(a: string[], b: string[]): { op: WordOp['op']; word: string }[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i..] and b[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => lengths[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: { op: WordOp['op']; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: 'same', word: a[i] ?? '' });
      i++;
      j++;
    } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      out.push({ op: 'del', word: a[i] ?? '' });
      i++;
    } else {
      out.push({ op: 'add', word: b[j] ?? '' });
      j++;
    }
  }
  return out;
}

/** Joins runs of one operation; within a changed stretch, all deletions come before the additions. */
function merge(ops: { op: WordOp['op']; word: string }[]): WordOp[] {
  const out: WordOp[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]?.op === 'same') {
      const run: string[] = [];
      while (k < ops.length && ops[k]?.op === 'same') run.push(ops[k++]?.word ?? '');
      out.push({ op: 'same', text: run.join(' ') });
      continue;
    }
    const del: string[] = [];
    const add: string[] = [];
    while (k < ops.length && ops[k]?.op !== 'same') {
      const o = ops[k++];
      if (o?.op === 'del') del.push(o.word);
      else if (o) add.push(o.word);
    }
    if (del.length > 0) out.push({ op: 'del', text: del.join(' ') });
    if (add.length > 0) out.push({ op: 'add', text: add.join(' ') });
  }
  return out;
}
