import { escapeXml } from '../escapeXml';
import { reportCss } from '../quarterly/styles';
import type { Block, Cell, PaperDocument, TableRow, TextRun } from './model';

// A document as one self-contained HTML page (inline CSS and SVG) for Chromium to print as A4. It uses
// the quarterly report's stylesheet, so every paper the product prints looks like one family.

const e = escapeXml;
const ragWords = { G: 'Green', A: 'Amber', R: 'Red' } as const;

const paperCss = `
ol.letter { list-style-type: upper-alpha; }
ol, ul { margin: 0 0 6pt 16pt; padding: 0; }
li { margin-bottom: 3pt; }
.note { background: #f4f6f8; padding: 3pt 6pt; }
.not-written { color: #8a5a00; font-style: italic; }
table.small { font-size: 8pt; }
table.small td, table.small th { padding: 2pt 3pt; }
tr.group td { font-weight: bold; background: #e8edf1; }
`;

function runs(list: TextRun[]): string {
  return list
    .map((r) => {
      let html = e(r.text);
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      // Only web addresses become links; anything else a council typed stays text.
      if (r.link && /^https?:\/\//iu.test(r.link)) html = `<a href="${e(r.link)}">${html}</a>`;
      return html;
    })
    .join('');
}

function cellHtml(c: Cell | string, tag: 'td' | 'th' = 'td'): string {
  const cell = typeof c === 'string' ? { text: c } : c;
  const classes = [cell.numeric ? 'num' : '', cell.rag ? `rag rag-${cell.rag}` : ''].filter(Boolean);
  const title = cell.rag ? ` title="${ragWords[cell.rag]}"` : '';
  const text = cell.bold ? `<b>${e(cell.text)}</b>` : e(cell.text);
  return `<${tag}${classes.length ? ` class="${classes.join(' ')}"` : ''}${title}>${text}</${tag}>`;
}

function rowHtml(row: TableRow, span: number): string {
  if (row.style === 'group') {
    const first = row.cells[0];
    return `<tr class="group"><td colspan="${span}">${e(typeof first === 'string' ? first : (first?.text ?? ''))}</td></tr>`;
  }
  return `<tr${row.style === 'total' ? ' class="total"' : ''}>${row.cells.map((c) => cellHtml(c)).join('')}</tr>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}${b.pageBreakBefore ? ' class="section-break"' : ''}>${e(b.text)}</h${b.level + 1}>`;
    case 'paragraph': {
      const cls = {
        normal: '',
        caption: 'caption',
        note: 'note',
        problem: 'problem',
        notWritten: 'not-written',
      }[b.style ?? 'normal'];
      return `<p${cls ? ` class="${cls}"` : ''}>${runs(b.runs)}</p>`;
    }
    case 'list': {
      const items = b.items.map((i) => `<li>${runs(i)}</li>`).join('');
      if (b.numbering === 'bullet') return `<ul>${items}</ul>`;
      return `<ol${b.numbering === 'letter' ? ' class="letter"' : ''}>${items}</ol>`;
    }
    case 'details':
      return `<table class="details"><tbody>${b.rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${runs(v)}</td></tr>`).join('')}</tbody></table>`;
    case 'table': {
      const widths = b.columns.some((c) => c.width)
        ? `<colgroup>${b.columns.map((c) => `<col${c.width ? ` style="width:${c.width}%"` : ''}>`).join('')}</colgroup>`
        : '';
      const head = b.columns
        .map((c) => `<th${c.numeric ? ' class="num"' : ''}>${e(c.heading)}</th>`)
        .join('');
      return `<table${b.small ? ' class="small"' : ''}>${widths}<thead><tr>${head}</tr></thead><tbody>${b.rows.map((r) => rowHtml(r, b.columns.length)).join('')}</tbody></table>${b.source ? `<p class="caption">${e(b.source)}</p>` : ''}`;
    }
    case 'figure':
      return `<div class="figure">${b.svg}<p class="caption">${e(b.caption)}</p></div>`;
  }
}

/** The document as HTML: title block, banner, then every block in order. */
export function documentHtml(doc: PaperDocument): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${e(doc.council)}: ${e(doc.title)}</title><style>${reportCss}${paperCss}</style></head><body>
<p class="council">${e(doc.council)}</p>
<h1>${e(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${e(doc.subtitle)}</p>` : ''}
${doc.banner ? `<p class="draft">${e(doc.banner)}</p>` : ''}
${doc.blocks.map(blockHtml).join('\n')}
</body></html>`;
}

/** The footer Chromium prints on every page: the paper's name and "Page N of M". */
export function documentFooter(doc: PaperDocument): string {
  return `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #4a5a68; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${e(doc.footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
