// The model grid: years across, lines down in groups by kind, then the derived rows, then memorandum
// lines apart. Editable amounts form one tab stop; the arrow keys move between them.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { formatPounds } from '../ui/format.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './financialModel.module.css';
import { GridAmountCell } from './GridAmountCell.tsx';
import { GridDerivedRows } from './GridDerivedRows.tsx';
import { groupLines, memoLines } from './modelLayout.ts';
import {
  amountRevision,
  useRemoveLine,
  useSetLineAmount,
  type PlanLine,
  type VersionDetail,
} from './queries.ts';

interface Props {
  detail: VersionDetail;
  editable: boolean;
}

interface Cell {
  line: string;
  year: string;
}

const cellKey = (cell: Cell) => `${cell.line}\u0000${cell.year}`;

export function ModelGrid({ detail, editable }: Props) {
  const { code } = useCouncil();
  const { plan, version } = detail;
  const setAmount = useSetLineAmount(code, version.name);
  const removeLine = useRemoveLine(code, version.name);
  const years = plan.years;
  const groups = groupLines(plan.lines);
  const memo = memoLines(plan.lines);
  const rowsInOrder = [...groups.flatMap((g) => g.lines), ...memo];
  const [active, setActive] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<Cell | null>(null);
  const [removing, setRemoving] = useState<PlanLine | null>(null);
  const [message, setMessage] = useState<{ text: string; takeFocus: boolean } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);

  // After a save or a cancel the text box is gone: put the focus back on the cell it replaced.
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    buttons.current.get(target)?.focus();
  });

  const exists = (cell: Cell | null): cell is Cell =>
    cell !== null && years.includes(cell.year) && rowsInOrder.some((l) => l.id === cell.line);
  const first = rowsInOrder[0];
  const tabStop = exists(active) ? active : first && years[0] ? { line: first.id, year: years[0] } : null;

  function navigate(from: Cell, event: KeyboardEvent<HTMLButtonElement>) {
    const row = rowsInOrder.findIndex((l) => l.id === from.line);
    const column = years.indexOf(from.year);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      ArrowLeft: [row, column - 1],
      ArrowRight: [row, column + 1],
      Home: [row, 0],
      End: [row, years.length - 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const line = rowsInOrder[move[0]];
    const year = years[move[1]];
    if (!line || !year) return;
    const next = { line: line.id, year };
    setActive(next);
    buttons.current.get(cellKey(next))?.focus();
  }

  async function save(cell: Cell, text: string) {
    // The derived rows follow once the version has loaded again (the change refreshes it). The amount's
    // revision as this grid read it goes with it: a cell someone changed since is refused, the version
    // loads again and the cell shows the server's words (who changed it, to what).
    await setAmount.mutateAsync({
      lineId: cell.line,
      year: cell.year,
      amount: text,
      revision: amountRevision(detail, cell.line, cell.year),
    });
    setMessage(null);
    focusNext.current = cellKey(cell);
    setEditing(null);
  }

  const row = (line: PlanLine) => (
    <tr key={line.id} data-memo={line.memo ? 'true' : undefined}>
      <th scope="row" className={styles.lineLabel}>
        <span className={styles.lineText} title={line.label}>
          {line.label}
        </span>
        <LineLinks line={line} />
      </th>
      {years.map((year) => {
        const cell = { line: line.id, year };
        const key = cellKey(cell);
        const amount = line.amounts[year];
        if (!editable) {
          return (
            <td key={year} className={table.number}>
              {formatPounds(amount)}
            </td>
          );
        }
        return (
          <GridAmountCell
            key={year}
            lineLabel={line.label}
            year={year}
            amount={amount}
            tabbable={tabStop !== null && cellKey(tabStop) === key}
            editing={editing !== null && cellKey(editing) === key}
            buttonRef={(element) => {
              if (element) buttons.current.set(key, element);
              else buttons.current.delete(key);
            }}
            onNavigate={(event) => navigate(cell, event)}
            onFocus={() => setActive(cell)}
            onStartEdit={() => {
              setActive(cell);
              setEditing(cell);
            }}
            onCancel={() => {
              focusNext.current = key;
              setEditing(null);
            }}
            onSave={(text) => save(cell, text)}
          />
        );
      })}
      {editable && (
        <td>
          <Button variant="link" aria-label={`Remove line ${line.label}`} onClick={() => setRemoving(line)}>
            Remove
          </Button>
        </td>
      )}
    </tr>
  );

  const columns = years.length + 1 + (editable ? 1 : 0);
  const groupHeading = (title: string, note?: string) => (
    <tr className={table.groupRow}>
      <th scope="colgroup" colSpan={columns}>
        {title}
        {note && <span className={table.groupNote}> {note}</span>}
      </th>
    </tr>
  );

  return (
    <section aria-labelledby="model-grid-heading" className={styles.gridSection}>
      <h2 id="model-grid-heading">Model</h2>
      {editable && (
        <p className={text.hint}>
          Amounts in pounds. Select an amount to change it, or move to it with the arrow keys and press Enter
          or F2; Enter saves, Escape cancels.
        </p>
      )}
      {message !== null && <StatusMessage takeFocus={message.takeFocus}>{message.text}</StatusMessage>}
      <TableScroll label={`${version.name}: the model grid`}>
        <table className={styles.grid} data-testid="model-grid">
          <caption className="visually-hidden">
            {version.name}: lines and derived figures by year, in pounds
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {years.map((year) => (
                <th key={year} scope="col" className={table.number}>
                  {year}
                </th>
              ))}
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.kind}>
              {groupHeading(group.title)}
              {group.lines.map(row)}
            </tbody>
          ))}
          <GridDerivedRows years={detail.years} columns={years} extraColumn={editable} />
          {memo.length > 0 && (
            <tbody className={styles.memo} data-testid="memo-lines">
              {groupHeading('Memorandum lines', '(outside the totals: not counted in any figure above)')}
              {memo.map(row)}
            </tbody>
          )}
        </table>
      </TableScroll>
      {removing && (
        <Dialog
          title={`Remove the line “${removing.label}”?`}
          confirmLabel="Remove line"
          warning
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await removeLine.mutateAsync(removing.id);
            setMessage({ text: `Removed the line “${removing.label}”.`, takeFocus: true });
            setRemoving(null);
          }}
        >
          <p>The line and its amounts for every year are removed from this draft.</p>
        </Dialog>
      )}
    </section>
  );
}

function LineLinks({ line }: { line: PlanLine }) {
  const { drpRef, workstream, block } = line.links;
  const parts = [drpRef, workstream && `Workstream: ${workstream}`, block && `Block: ${block}`].filter(
    Boolean,
  );
  if (parts.length === 0) return null;
  return (
    <>
      <span className="visually-hidden">, </span>
      <span className={styles.lineLinks}>{parts.join(' · ')}</span>
    </>
  );
}
