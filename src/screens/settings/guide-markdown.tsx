/** Renders the user guide's Markdown (docs/brugervejledning.md): headings, lists, paragraphs, bold and code. */
import type { ComponentChildren } from 'preact';

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(match[1] !== undefined ? <strong>{match[1]}</strong> : <code>{match[2]}</code>);
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Splits a list block into items: a new item starts at a marker, indented lines continue it. */
function listItems(lines: readonly string[], marker: RegExp): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (marker.test(line)) items.push(line.replace(marker, ''));
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/** The guide as elements; the document's own title (`# …`) is left out, the screen has its heading. */
export function GuideMarkdown({ source }: { source: string }) {
  const blocks = source.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  return (
    <div class="guide">
      {blocks.map((block, index) => {
        const lines = block.split('\n').filter((l) => l.trim() !== '');
        const first = lines[0] ?? '';
        const key = `${index}`;
        if (first.startsWith('# ')) return null;
        if (first.startsWith('## ')) return <h3 key={key}>{inline(first.slice(3))}</h3>;
        if (/^\d+\.\s/.test(first))
          return (
            <ol key={key}>
              {listItems(lines, /^\d+\.\s+/).map((item) => (
                <li key={item}>{inline(item)}</li>
              ))}
            </ol>
          );
        if (/^-\s/.test(first))
          return (
            <ul key={key}>
              {listItems(lines, /^-\s+/).map((item) => (
                <li key={item}>{inline(item)}</li>
              ))}
            </ul>
          );
        return <p key={key}>{inline(lines.map((l) => l.trim()).join(' '))}</p>;
      })}
    </div>
  );
}
