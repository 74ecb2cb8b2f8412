import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { svgsToPng } from './chartImages';
import type { Block, Cell, PaperDocument, TableRow as ModelRow, TextRun as ModelRun } from './model';

// A document as a Word file through the `docx` library (no XML written by hand), so councils can edit
// the committee paper as they always have. Charts go in as the SVG the PDF prints, with a PNG of it that
// Chromium takes for Word versions that cannot show SVG.

const font = 'Arial';
/** Half-points: 10pt body, as the PDF. */
const bodySize = 20;
const ragFill = { G: 'C6E8C9', A: 'FFE2A8', R: 'F5B8B8' } as const;
const headingFill = 'E8EDF1';
const totalFill = 'F4F6F8';
/** The text block of A4 with the PDF's margins, in CSS pixels (Word places pictures in pixels). */
const textWidthPx = 640;

const numberingConfig = [
  {
    reference: 'numbered',
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 500, hanging: 360 } } },
      },
    ],
  },
  {
    reference: 'lettered',
    levels: [
      {
        level: 0,
        format: LevelFormat.UPPER_LETTER,
        text: '%1.',
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 500, hanging: 360 } } },
      },
    ],
  },
];

function textRuns(
  runs: ModelRun[],
  extra: { size?: number; color?: string; italics?: boolean } = {},
): ParagraphChild[] {
  return runs.map((r) => {
    const run = new TextRun({
      text: r.text,
      bold: r.bold ?? false,
      italics: (r.italic ?? false) || (extra.italics ?? false),
      font,
      ...(extra.size ? { size: extra.size } : {}),
      ...(extra.color ? { color: extra.color } : {}),
      ...(r.link ? { style: 'Hyperlink' } : {}),
    });
    return r.link && /^https?:\/\//iu.test(r.link)
      ? new ExternalHyperlink({ link: r.link, children: [run] })
      : run;
  });
}

function cellOf(c: Cell | string, row: ModelRow | null, header = false): TableCell {
  const cell = typeof c === 'string' ? { text: c } : c;
  const fill = cell.rag
    ? ragFill[cell.rag]
    : header
      ? headingFill
      : row?.style === 'total'
        ? totalFill
        : null;
  return new TableCell({
    children: [
      new Paragraph({
        alignment: cell.numeric ? AlignmentType.RIGHT : cell.rag ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: cell.text,
            font,
            size: 18,
            bold: header || (cell.bold ?? false) || row?.style === 'total' || Boolean(cell.rag),
          }),
        ],
      }),
    ],
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function tableOf(b: Extract<Block, { kind: 'table' }>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c) => cellOf({ text: c.heading, numeric: c.numeric ?? false }, null, true)),
  });
  const rows = b.rows.map((r) =>
    r.style === 'group'
      ? new TableRow({
          children: [
            new TableCell({
              columnSpan: b.columns.length,
              shading: { type: ShadingType.CLEAR, fill: headingFill, color: 'auto' },
              children: [
                new Paragraph({
                  children: [
                    new TextRun({
                      text: typeof r.cells[0] === 'string' ? r.cells[0] : (r.cells[0]?.text ?? ''),
                      bold: true,
                      font,
                      size: 18,
                    }),
                  ],
                }),
              ],
            }),
          ],
        })
      : new TableRow({ cantSplit: true, children: r.cells.map((c) => cellOf(c, r)) }),
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'A9B4BD' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(b.columns.every((c) => c.width)
      ? { columnWidths: b.columns.map((c) => Math.round((c.width! / 100) * 9600)) }
      : {}),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [header, ...rows],
  });
}

type Part = Paragraph | Table;

function blockParts(b: Block, pictures: Map<Block, Buffer>, listCount: { n: number }): Part[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level - 1]!,
          pageBreakBefore: b.pageBreakBefore ?? false,
          keepNext: true,
          children: [new TextRun({ text: b.text, font, bold: true, color: '17324D' })],
        }),
      ];
    case 'paragraph': {
      const style = b.style ?? 'normal';
      return [
        new Paragraph({
          spacing: { after: 120 },
          ...(style === 'note'
            ? { shading: { type: ShadingType.CLEAR, fill: totalFill, color: 'auto' } }
            : {}),
          children: textRuns(b.runs, {
            ...(style === 'caption' ? { size: 17, color: '4A5A68' } : {}),
            ...(style === 'problem' ? { color: '8A1C1C' } : {}),
            ...(style === 'notWritten' ? { color: '8A5A00', italics: true } : {}),
          }),
        }),
      ];
    }
    case 'list': {
      const instance = ++listCount.n;
      return b.items.map(
        (item) =>
          new Paragraph({
            ...(b.numbering === 'bullet'
              ? { bullet: { level: 0 } }
              : {
                  numbering: {
                    reference: b.numbering === 'number' ? 'numbered' : 'lettered',
                    level: 0,
                    instance,
                  },
                }),
            spacing: { after: 60 },
            children: textRuns(item),
          }),
      );
    }
    case 'details':
      return [
        tableOf({
          kind: 'table',
          columns: [
            { heading: '', width: 38 },
            { heading: '', width: 62 },
          ],
          rows: b.rows.map(([k, v]) => ({ cells: [{ text: k, bold: true }, v.map((r) => r.text).join('')] })),
        }),
        new Paragraph({ children: [] }),
      ];
    case 'table':
      return [
        tableOf(b),
        new Paragraph({
          spacing: { after: 160 },
          children: b.source ? textRuns([{ text: b.source }], { size: 17, color: '4A5A68' }) : [],
        }),
      ];
    case 'figure': {
      const width = Math.min(textWidthPx, b.width);
      const height = Math.round((b.height * width) / b.width);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(b.svg, 'utf8'),
              transformation: { width, height },
              fallback: { type: 'png', data: pictures.get(b)! },
              altText: { title: b.caption.slice(0, 120), description: b.caption, name: 'chart' },
            }),
          ],
        }),
        new Paragraph({
          spacing: { after: 160 },
          children: textRuns([{ text: b.caption }], { size: 17, color: '4A5A68' }),
        }),
      ];
    }
  }
}

/** The document as a .docx file: A4, Arial 10pt, the footer with page numbers, charts as SVG with a PNG. */
export async function documentDocx(doc: PaperDocument): Promise<Buffer> {
  const figures = doc.blocks.filter((b) => b.kind === 'figure');
  const pngs = await svgsToPng(figures.map((f) => f.svg));
  const pictures = new Map<Block, Buffer>(figures.map((f, i) => [f, pngs[i]!]));
  const listCount = { n: 0 };
  const title: Paragraph[] = [
    new Paragraph({
      children: [new TextRun({ text: doc.council, bold: true, font, size: 24, color: '4A5A68' })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: doc.title, bold: true, font, size: 38, color: '17324D' })],
    }),
    ...(doc.subtitle
      ? [
          new Paragraph({
            spacing: { after: 200 },
            children: [new TextRun({ text: doc.subtitle, font, size: 26 })],
          }),
        ]
      : []),
    ...(doc.banner
      ? [
          new Paragraph({
            spacing: { after: 200 },
            shading: { type: ShadingType.CLEAR, fill: 'FFF3E3', color: 'auto' },
            children: [new TextRun({ text: doc.banner, bold: true, font })],
          }),
        ]
      : []),
  ];
  const document = new Document({
    creator: 'highneeds',
    title: `${doc.council}: ${doc.title}`,
    styles: { default: { document: { run: { font, size: bodySize } } } },
    numbering: { config: numberingConfig },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 907, bottom: 1020, left: 794, right: 794 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${doc.footer}    Page `, font, size: 16, color: '4A5A68' }),
                  new TextRun({ children: [PageNumber.CURRENT], font, size: 16, color: '4A5A68' }),
                  new TextRun({ text: ' of ', font, size: 16, color: '4A5A68' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], font, size: 16, color: '4A5A68' }),
                ],
              }),
            ],
          }),
        },
        children: [...title, ...doc.blocks.flatMap((b) => blockParts(b, pictures, listCount))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
