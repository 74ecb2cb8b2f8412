// The figures of a paper as the page previews them: each table under the heading it sits in, the charts by
// what they show, and any table that cannot be drawn with its reason. The narrative is in the form above.
import type { ReactNode } from 'react';
import { cx } from '../ui/cx.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { PreviewBlock } from './queries.ts';
import styles from './reports.module.css';

type TableBlock = Extract<PreviewBlock, { kind: 'table' }>;
type CellOf = TableBlock['rows'][number]['cells'][number];

const ragWords = { G: 'Green', A: 'Amber', R: 'Red' } as const;

function cellText(cell: CellOf): string {
  return typeof cell === 'string' ? cell : cell.text;
}

function PreviewTable({ block, title }: { block: TableBlock; title: string }) {
  return (
    <TableScroll label={title}>
      <table className={styles.previewTable}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? table.number : undefined}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) =>
            row.style === 'group' ? (
              <tr key={r} className={table.groupRow}>
                <th scope="colgroup" colSpan={block.columns.length}>
                  {row.cells.map(cellText).join(' ')}
                </th>
              </tr>
            ) : (
              <tr key={r} className={cx(row.style === 'total' && table.total)}>
                {row.cells.map((cell, c) => {
                  const numeric = typeof cell !== 'string' && cell.numeric === true;
                  const rag = typeof cell !== 'string' ? cell.rag : null;
                  return (
                    <td key={c} className={numeric ? table.number : undefined}>
                      {cellText(cell)}
                      {rag && <span className="visually-hidden">{` (${ragWords[rag]})`}</span>}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {block.source && <p className={styles.source}>{block.source}</p>}
    </TableScroll>
  );
}

export function PreviewBlocks({ blocks }: { blocks: readonly PreviewBlock[] }) {
  const shown: ReactNode[] = [];
  let heading = 'Table';
  let pendingHeading: string | null = null;
  blocks.forEach((b, index) => {
    if (b.kind === 'heading') {
      heading = b.text;
      pendingHeading = b.text;
      return;
    }
    const content =
      b.kind === 'table' ? (
        <PreviewTable key={index} block={b} title={heading} />
      ) : b.kind === 'chart' ? (
        <p key={index} className={styles.chartNote}>{`Chart: ${b.caption}`}</p>
      ) : b.kind === 'paragraph' && b.style === 'problem' ? (
        <p key={index} className={styles.problem}>
          {b.runs.map((r) => r.text).join('')}
        </p>
      ) : null;
    if (content === null) return;
    if (pendingHeading !== null) {
      shown.push(<h3 key={`h${index}`}>{pendingHeading}</h3>);
      pendingHeading = null;
    }
    shown.push(content);
  });
  if (shown.length === 0) return <p>This paper has no tables.</p>;
  return <div data-testid="paper-preview">{shown}</div>;
}
