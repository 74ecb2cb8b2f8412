// Puts a meeting of one of the council's bodies in the diary (or records one held), with the council's
// papers attached to it; the body's next meeting then comes from the diary, not its cadence.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { papersQuery } from '../reports/queries.ts';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { CheckboxGroup, FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useAddMeeting, type Governance } from './queries.ts';

const fields = ['bodyId', 'meetsOn', 'status', 'title', 'paperIds'];
type MeetingStatus = 'planned' | 'held' | 'cancelled';

export function AddMeetingForm({ view }: { view: Governance }) {
  const { code } = useCouncil();
  const add = useAddMeeting(code);
  const papers = useQuery(papersQuery(code));
  const [open, setOpen] = useState(false);
  const [bodyId, setBodyId] = useState(String(view.bodies[0]?.id ?? ''));
  const [meetsOn, setMeetsOn] = useState('');
  const [status, setStatus] = useState<MeetingStatus>('planned');
  const [title, setTitle] = useState('');
  const [paperIds, setPaperIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);

  if (view.bodies.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      if (meetsOn === '') throw new FieldError('meetsOn', 'Enter the date of the meeting.');
      await add.mutateAsync({
        bodyId: Number(bodyId),
        meetsOn,
        status,
        title,
        paperIds: paperIds.map(Number),
      });
      const body = view.bodies.find((b) => String(b.id) === bodyId)?.name ?? 'The body';
      setDone(`The ${body} meeting on ${dateLabel(meetsOn)} is in the diary.`);
      setMeetsOn('');
      setTitle('');
      setPaperIds([]);
      setOpen(false);
    } catch (caught) {
      setErrors(fieldErrorOf(caught, fields));
    }
  }

  if (!open)
    return (
      <>
        {done && <StatusMessage>{done}</StatusMessage>}
        <ButtonGroup>
          <Button variant="secondary" onClick={() => (setDone(null), setOpen(true))}>
            Add a meeting
          </Button>
        </ButtonGroup>
      </>
    );
  return (
    <Card title="Add a meeting" headingLevel={3}>
      {errors.form && <FormError problems={errors.problems}>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FieldRow>
          <SelectField
            label="Body"
            value={bodyId}
            error={errors.fields?.bodyId}
            onChange={(event) => setBodyId(event.target.value)}
            options={view.bodies.map((b) => [String(b.id), b.name] as const)}
          />
          <TextField
            label="Date"
            type="date"
            value={meetsOn}
            error={errors.fields?.meetsOn}
            onChange={(event) => setMeetsOn(event.target.value)}
          />
          <SelectField
            label="Status"
            value={status}
            error={errors.fields?.status}
            onChange={(event) => setStatus(event.target.value as MeetingStatus)}
            options={[
              ['planned', 'In the diary'],
              ['held', 'Held'],
              ['cancelled', 'Cancelled'],
            ]}
          />
        </FieldRow>
        <TextField
          label="Title (optional)"
          value={title}
          error={errors.fields?.title}
          onChange={(event) => setTitle(event.target.value)}
        />
        {(papers.data ?? []).length > 0 && (
          <CheckboxGroup
            legend="Papers for the meeting"
            error={errors.fields?.paperIds}
            values={paperIds}
            choices={[...(papers.data ?? [])]
              .reverse()
              .map((p) => [String(p.id), `${p.title} (${dateLabel(p.asAt)})`] as const)}
            onChange={setPaperIds}
          />
        )}
        <ButtonGroup>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Save the meeting'}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={add.isPending}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </Card>
  );
}
