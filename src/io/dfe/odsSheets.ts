import { XMLParser } from 'fast-xml-parser';
import { unzipEntries } from './zipArchive';

// An OpenDocument spreadsheet is a zip whose content.xml holds every sheet as table:table-row /
// table:table-cell elements. Runs of identical cells and rows are written once with
// number-columns-repeated / number-rows-repeated (trailing blanks repeat ~16,000 times, so runs are
// capped and blank rows dropped), numbers carry office:value, and text is in text:p with text:s for spaces.

/** One cell: its number when it is numeric, and its text as shown. */
export interface OdsCell {
  number?: number;
  text: string;
}

/** A sheet as rows of cells; `line` is the 1-based row number a person sees. */
export interface OdsSheet {
  name: string;
  rows: { line: number; cells: OdsCell[] }[];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const childrenOf = (node: XmlNode, tag: string): XmlNode[] => (node[tag] as XmlNode[] | undefined) ?? [];
const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') ?? '';
const attr = (node: XmlNode, name: string) => node[':@']?.[`@_${name}`];

function textOf(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'text:s') text += ' '.repeat(Number(attr(node, 'text:c') ?? '1'));
    else if (tag === 'text:tab') text += '\t';
    else if (tag === 'text:line-break') text += '\n';
    else text += textOf(childrenOf(node, tag));
  }
  return text;
}

function cellOf(node: XmlNode): OdsCell {
  const paragraphs = childrenOf(node, tagOf(node)).filter((c) => tagOf(c) === 'text:p');
  const text = paragraphs.map((p) => textOf(childrenOf(p, 'text:p'))).join('\n');
  const type = attr(node, 'office:value-type');
  const value = attr(node, 'office:value');
  const numeric = (type === 'float' || type === 'currency' || type === 'percentage') && value !== undefined;
  return numeric ? { number: Number(value), text } : { text };
}

function rowsOf(table: XmlNode): OdsSheet['rows'] {
  const rows: OdsSheet['rows'] = [];
  let line = 0;
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      // Rows may sit inside header-rows / row-group elements.
      if (
        tag === 'table:table-header-rows' ||
        tag === 'table:table-row-group' ||
        tag === 'table:table-rows'
      ) {
        visit(childrenOf(node, tag));
        continue;
      }
      if (tag !== 'table:table-row') continue;
      const repeat = Number(attr(node, 'table:number-rows-repeated') ?? '1');
      const cells: OdsCell[] = [];
      for (const cellNode of childrenOf(node, tag)) {
        const cellTag = tagOf(cellNode);
        if (cellTag !== 'table:table-cell' && cellTag !== 'table:covered-table-cell') continue;
        const times = Number(attr(cellNode, 'table:number-columns-repeated') ?? '1');
        const cell = cellOf(cellNode);
        // A row's trailing blanks repeat to the sheet's last column (16,384): cap runs, keep positions.
        for (let i = 0; i < Math.min(times, 1024); i += 1) cells.push(cell);
      }
      const hasContent = cells.some((c) => c.number !== undefined || c.text.trim() !== '');
      if (hasContent) for (let i = 0; i < repeat; i += 1) rows.push({ line: line + i + 1, cells });
      line += repeat;
    }
  };
  visit(childrenOf(table, 'table:table'));
  return rows;
}

/** Whether a zip's entries look like an OpenDocument spreadsheet. */
export function isOdsEntries(names: readonly string[]): boolean {
  return names.includes('content.xml') && names.includes('META-INF/manifest.xml');
}

/** The sheets of an .ods file's bytes, by name, in order. */
export function readOdsSheets(bytes: Uint8Array, file = 'the spreadsheet'): OdsSheet[] {
  const content = unzipEntries(bytes, (name) => name === 'content.xml', file).get('content.xml');
  if (!content) throw new Error('not an OpenDocument spreadsheet: content.xml is missing');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const document = parser.parse(new TextDecoder('utf-8').decode(content)) as XmlNode[];
  const sheets: OdsSheet[] = [];
  const find = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'table:table') sheets.push({ name: attr(node, 'table:name') ?? '', rows: rowsOf(node) });
      else if (tag !== '#text' && Array.isArray(node[tag])) find(node[tag] as XmlNode[]);
    }
  };
  find(document);
  return sheets;
}
