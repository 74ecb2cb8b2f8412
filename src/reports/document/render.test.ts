import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../chartSvg';
import { deficitChart } from '../../charts';
import { renderPdf } from '../pdf';
import {
  docxParts,
  docxText,
  documentToolsNote,
  missingDocumentTools,
  pdfText,
} from '../../testing/documents';
import { svgSize } from './chartImages';
import { documentDocx } from './docx';
import { documentFooter, documentHtml } from './html';
import { documentText, heading, num, paragraph, type PaperDocument } from './model';
import { narrativeBlocks } from './narrative';

const svg = renderChartSvg(
  deficitChart,
  {
    series: [
      { role: 'Agreed', name: 'Safety Valve agreement', points: [{ year: '2021-22', value: 2_860_700_000 }] },
    ],
  },
  { width: 600 },
);

const doc: PaperDocument = {
  council: 'Kingston upon Thames',
  title: 'SEND Futures update',
  subtitle: 'Report by the Director',
  banner: 'Draft',
  footer: 'Kingston upon Thames: SEND Futures update',
  blocks: [
    heading(1, 'Recommendation(s)'),
    ...narrativeBlocks('1. Progress is noted\n2. Annex 1 is endorsed'),
    paragraph('Figures as at 31 May 2021.', 'caption'),
    {
      kind: 'table',
      columns: [{ heading: 'Line' }, { heading: '£m', numeric: true }, { heading: 'RAG' }],
      rows: [
        { cells: ['HNB allocation', num('25.897'), { text: 'G', rag: 'G' }] },
        { cells: ['Total budget', num('26.359'), { text: 'A', rag: 'A' }], style: 'total' },
      ],
      source: 'From "Safety Valve agreement, March 2021".',
    },
    { kind: 'figure', svg, caption: 'Cumulative deficit, £m', ...svgSize(svg) },
    {
      kind: 'paragraph',
      runs: [{ text: 'The agreement', link: 'https://example.org/a.pdf' }, { text: ' <&> ' }],
    },
  ],
};

describe('a document written as HTML', () => {
  it('escapes text, links only web addresses, and carries every word documentText lists', () => {
    const html = documentHtml(doc);
    expect(html).toContain('<a href="https://example.org/a.pdf">The agreement</a> &lt;&amp;&gt; ');
    expect(html).toContain('<ol><li>Progress is noted</li>');
    expect(html).toContain('<td class="rag rag-G" title="Green">G</td>');
    expect(documentFooter(doc)).toContain('class="totalPages"');
    expect(documentText(doc)).toContain('HNB allocation 25.897 G');
  });

  it('places a chart by its drawn size', () => {
    expect(svgSize(svg).width).toBe(600);
    expect(svgSize(svg).height).toBeGreaterThan(100);
  });
});

describe.skipIf(missingDocumentTools.length > 0)(
  `a document written as PDF and DOCX${documentToolsNote}`,
  () => {
    it('the PDF carries the text, the table and the chart caption', async () => {
      const text = pdfText(await renderPdf(documentHtml(doc), { footerTemplate: documentFooter(doc) }));
      expect(text).toContain('SEND Futures update');
      expect(text).toMatch(/HNB allocation\s+25\.897\s+G/u);
      expect(text).toContain('Cumulative deficit, £m');
      expect(text).toMatch(/Page 1 of 1/u);
    }, 60_000);

    it('the DOCX (written by the docx library) carries the same text, numbered lists, and the chart as SVG with a PNG', async () => {
      const docx = await documentDocx(doc);
      const text = docxText(docx);
      expect(text).toContain('SEND Futures update');
      expect(text).toContain('HNB allocation\t25.897\tG');
      expect(text).toContain('Progress is noted');
      expect(text).toContain('The agreement <&> ');
      const parts = Object.keys(docxParts(docx));
      expect(parts.some((p) => p.startsWith('word/media/') && p.endsWith('.svg'))).toBe(true);
      const png = parts.find((p) => p.startsWith('word/media/') && p.endsWith('.png'));
      expect(png).toBeDefined();
      // A PNG, taken at twice the drawn size.
      const bytes = docxParts(docx)[png!]!;
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      const xml = new TextDecoder().decode(docxParts(docx)['word/document.xml']);
      expect(xml).toContain('w:numId');
      const footer = Object.entries(docxParts(docx)).find(([name]) => name.startsWith('word/footer'));
      expect(new TextDecoder().decode(footer![1])).toContain('NUMPAGES');
    }, 60_000);
  },
);
