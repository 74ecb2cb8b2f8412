// Records a tracker entry: an action with its owner and due date (or a decision, a recommendation), or an
// entry of the progress and issues log. Refusals are shown at the field they are about.
import { useState, type FormEvent } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { kindNames, type ItemKind } from '../../core/governance';
import { useCouncil } from '../app/council.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { FieldRow, SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useAddItem, type Governance } from './queries.ts';

const fields = ['kind', 'title', 'owner', 'dueOn', 'meetingId', 'workstream', 'detail'];
const noMeeting = '';

export function RecordItemForm({
  view,
  kinds,
  opener,
}: {
  view: Governance;
  kinds: readonly ItemKind[];
  /** The button that opens the form: "Record an action". */
  opener: string;
}) {
  const { code } = useCouncil();
  const add = useAddItem(code);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ItemKind>(kinds[0]!);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [meetingId, setMeetingId] = useState(noMeeting);
  const [workstream, setWorkstream] = useState('');
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      await add.mutateAsync({
        kind,
        title,
        owner,
        dueOn,
        detail,
        workstream,
        meetingId: meetingId === noMeeting ? null : Number(meetingId),
      });
      setDone(`The ${kindNames[kind].one} “${title.trim()}” is recorded.`);
      setTitle('');
      setOwner('');
      setDueOn('');
      setMeetingId(noMeeting);
      setWorkstream('');
      setDetail('');
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
            {opener}
          </Button>
        </ButtonGroup>
      </>
    );
  return (
    <Card title={opener} headingLevel={3}>
      {errors.form && <FormError problems={errors.problems}>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {kinds.length > 1 && (
          <SelectField
            label="Kind"
            value={kind}
            error={errors.fields?.kind}
            onChange={(event) => setKind(event.target.value as ItemKind)}
            options={kinds.map((k) => [k, kindNames[k].one.replace(/^./u, (c) => c.toUpperCase())] as const)}
          />
        )}
        <TextField
          label="Title"
          value={title}
          error={errors.fields?.title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <FieldRow>
          <TextField
            label="Owner"
            hint="The post or person who will do it."
            grow
            value={owner}
            error={errors.fields?.owner}
            onChange={(event) => setOwner(event.target.value)}
          />
          <TextField
            label="Due date"
            type="date"
            value={dueOn}
            error={errors.fields?.dueOn}
            onChange={(event) => setDueOn(event.target.value)}
          />
        </FieldRow>
        <FieldRow>
          <SelectField
            label="Meeting"
            hint="The meeting it was agreed at, if any."
            value={meetingId}
            error={errors.fields?.meetingId}
            onChange={(event) => setMeetingId(event.target.value)}
            options={[
              [noMeeting, 'None'] as const,
              ...view.meetings.map((m) => [String(m.id), `${m.bodyName}, ${dateLabel(m.meetsOn)}`] as const),
            ]}
          />
          <TextField
            label="Workstream"
            grow
            value={workstream}
            error={errors.fields?.workstream}
            onChange={(event) => setWorkstream(event.target.value)}
          />
        </FieldRow>
        <TextAreaField
          label="Detail"
          value={detail}
          error={errors.fields?.detail}
          onChange={(event) => setDetail(event.target.value)}
        />
        <ButtonGroup>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : `Save the ${kindNames[kind].one}`}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={add.isPending}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </Card>
  );
}
