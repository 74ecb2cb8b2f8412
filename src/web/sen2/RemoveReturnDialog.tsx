// Removing a wrongly imported SEN2 return (sen2.import): the dialog says what goes (the return, its
// children's records, so the census, funnel and KPIs stop counting them, and its data-quality report). A
// return forecast inputs were made from cannot go (the server refuses it too): the dialog names them and
// offers the way to correct it, importing the corrected return in its place.
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { namesInWords } from '../../core/sen2/namesInWords';
import { useCouncil } from '../app/council.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useDeleteReturn, type Sen2ReturnInfo } from './queries.ts';

interface Props {
  ret: Sen2ReturnInfo;
  onClose: () => void;
  /** Says what was removed, on the page. */
  onRemoved: (message: string) => void;
  /** Goes to the import, to replace the return. */
  onReplace: () => void;
}

export function RemoveReturnDialog({ ret, onClose, onRemoved, onReplace }: Props) {
  const { code } = useCouncil();
  const remove = useDeleteReturn(code);
  const year = String(ret.collectionYear);
  if (ret.forecastInputs.length > 0)
    return (
      <Dialog
        title={`The ${year} return cannot be removed`}
        confirmLabel="Import a corrected return"
        onClose={onClose}
        onConfirm={() => {
          onReplace();
          return Promise.resolve();
        }}
      >
        <p>
          The forecast inputs {namesInWords(ret.forecastInputs)} were made from it and keep its figures, so it
          stays while they are held.
        </p>
        <p>
          To correct it, import the corrected {year} return in its place: the inputs then count as made from
          that one.
        </p>
      </Dialog>
    );
  return (
    <Dialog
      title={`Remove the ${year} return?`}
      confirmLabel={`Remove the ${year} return`}
      warning
      onClose={onClose}
      onConfirm={async () => {
        await remove.mutateAsync(ret.collectionYear);
        onRemoved(
          `Removed the ${year} return (${formatCount(ret.counts.people)} children, ${formatCount(ret.counts.warnings)} warnings).`,
        );
      }}
    >
      <p>These go, all at once:</p>
      <ul>
        <li>
          the {year} return (reference date {dateLabel(ret.referenceDate)}
          {ret.synthetic ? ', synthetic' : ''});
        </li>
        <li>
          its records of {formatCount(ret.counts.people)} children and young people: the census, the funnel
          and the KPIs no longer count them;
        </li>
        <li>its data-quality report ({formatCount(ret.counts.warnings)} warnings).</li>
      </ul>
      <p>
        This cannot be undone: import the export again if it was right. The removal is kept in the audit
        trail, with counts only.
      </p>
    </Dialog>
  );
}
