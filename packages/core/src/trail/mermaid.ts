/**
 * The artefact's path through the environments as a mermaid flowchart (GitHub renders it in a job
 * summary). Node ids are the suite's own (r0, r1, …); every label is quoted and every character
 * that mermaid or markdown could read as syntax is written as mermaid's `#<code>;` entity, so a
 * hostile name (quotes, brackets, `-->`, backticks) stays text.
 */
export interface PathNode {
  readonly label: string;
}

export interface PathEdge {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

const SAFE = /[A-Za-z0-9 .:/@_+=,'-]/;

/** A label as mermaid text: safe characters as they are, every other one as `#<code point>;`. */
function mermaidText(value: string): string {
  let out = '';
  for (const ch of value.replace(/\s+/g, ' ')) {
    // `-` is safe alone; `--` could start an arrow, so every second dash is encoded.
    if (ch === '-' && out.endsWith('-')) out += '#45;';
    else out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

export function mermaidFlowchart(nodes: readonly PathNode[], edges: readonly PathEdge[]): string {
  return [
    'flowchart LR',
    ...nodes.map((n, i) => `  r${i}["${mermaidText(n.label)}"]`),
    ...edges.map((e) => `  r${e.from} -->|"${mermaidText(e.label)}"| r${e.to}`),
  ].join('\n');
}
