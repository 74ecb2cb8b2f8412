import { z } from 'zod';
import { bodyKinds, itemKinds, itemStatuses } from '../../core/governance';
import { labelled } from '../fieldLabels';
import { text } from '../fields';
import { isoDateInput } from '../validation';

// What the governance services accept: a body of the meeting cycle, a meeting, a tracker entry and a
// change of an entry's status. Every field has its label in the council's words, so a refusal names it.

const optionalText = (label: string, max = 200, multiline = false) =>
  text(label, { max, required: false, multiline })
    .nullable()
    .default(null)
    .transform((v) => (v === null || v === '' ? null : v));

const optionalDate = (label: string) =>
  labelled(z.union([isoDateInput, z.literal('')]), label)
    .nullable()
    .default(null)
    .transform((v) => (v === null || v === '' ? null : v));

const optionalId = (label: string) => labelled(z.number().int().positive(), label).nullable().default(null);

/** A body in the meeting cycle: its name, kind and how often it meets (months; none: as needed). */
export const bodyInput = z
  .object({
    name: text('the name of the body'),
    kind: labelled(z.enum(bodyKinds), 'the kind of body'),
    cadenceMonths: labelled(z.number().int().min(1).max(24), 'how often it meets (in months)')
      .nullable()
      .default(null),
    chair: optionalText('the chair'),
    remit: optionalText('the remit', 2_000, true),
  })
  .strict();

/** A meeting of a body, with the council's papers attached to it by their numbers. */
export const meetingInput = z
  .object({
    bodyId: labelled(z.number().int().positive(), 'the body that meets'),
    meetsOn: labelled(isoDateInput, 'the date of the meeting'),
    title: optionalText('the title of the meeting'),
    status: labelled(z.enum(['planned', 'held', 'cancelled']), 'the status of the meeting').default(
      'planned',
    ),
    notes: optionalText('the notes', 4_000, true),
    paperIds: labelled(z.array(z.number().int().positive()).max(50), 'the papers attached').default([]),
  })
  .strict();

/** A tracker entry: a decision, action, recommendation, or an entry of the progress and issues log. */
export const itemInput = z
  .object({
    kind: labelled(z.enum(itemKinds), 'the kind of entry'),
    title: text('the title', { max: 500 }),
    detail: optionalText('the detail', 4_000, true),
    owner: optionalText('the owner'),
    dueOn: optionalDate('the due date'),
    status: labelled(z.enum(itemStatuses), 'the status').default('open'),
    progress: optionalText('the progress note', 4_000, true),
    meetingId: optionalId('the meeting'),
    workstream: optionalText('the workstream'),
    reference: optionalText('the reference', 50),
    source: optionalText('the source', 300),
    /** The revision the writer started from, when changing an entry: a stale one is refused. */
    revision: z.number().int().positive().optional(),
  })
  .strict();

/** A change of an entry's status (done, closed, reopened), with a progress note if given. */
export const itemStatusInput = z
  .object({
    status: labelled(z.enum(itemStatuses), 'the status'),
    progress: optionalText('the progress note', 4_000, true),
    revision: z.number().int().positive().optional(),
  })
  .strict();

export type BodyInput = z.input<typeof bodyInput>;
export type MeetingInput = z.input<typeof meetingInput>;
export type ItemInput = z.input<typeof itemInput>;
export type ItemStatusInput = z.input<typeof itemStatusInput>;
