import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil } from '../councils';
import type { Actor, CouncilRole } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { listCycle, listItems } from '../papers/governanceStore';
import { addBody, addItem, addMeeting, governanceView, setItemStatus, updateBody, updateItem } from '.';

let t: TestContext;
let councilId: number;
let userId: number;
const cli: Actor = { kind: 'system', label: 'test' };
const member = (role: CouncilRole): Actor => ({
  kind: 'user',
  user: {
    id: userId,
    email: `${role}@kingston.example`,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[councilId, role]]),
  },
});

beforeAll(async () => {
  t = await openTestContext(); // the clock reads 18 June 2021
  councilId = (
    await createCouncil(t.ctx, cli, {
      code: '314',
      newCode: 'E09000021',
      name: 'Kingston upon Thames',
      region: 'Outer London',
    })
  ).id;
  // The audit trail names its writer: one person, whatever role a test gives them.
  userId = (
    await t.ctx.db
      .insertInto('users')
      .values({ email: 'officer@kingston.example', display_name: 'Officer', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.database.close());

const counts = async () => ({
  items: (await listItems(t.ctx.db, councilId)).length,
  bodies: (await listCycle(t.ctx.db, councilId)).bodies.length,
  meetings: (await listCycle(t.ctx.db, councilId)).meetings.length,
  audit: (await t.ctx.db.selectFrom('audit_log').select('id').execute()).length,
});

describe('the meeting cycle', () => {
  it('lets a finance officer add a body and its meetings, and gives the next meeting from the cadence', async () => {
    const finance = member('finance');
    const board = await addBody(t.ctx, finance, '314', {
      name: 'SEND Partnership Board',
      kind: 'board',
      cadenceMonths: 2,
    });
    await addMeeting(t.ctx, finance, '314', { bodyId: board, meetsOn: '2021-05-19', status: 'held' });
    const view = await governanceView(t.ctx, member('viewer'), '314');
    expect(view.asAt).toBe('2021-06-18');
    const body = view.bodies.find((b) => b.id === board)!;
    expect(body.cadence).toBe('every 2 months');
    expect(body.lastMet).toBe('2021-05-19');
    expect(body.next).toEqual({ bodyId: board, meetsOn: '2021-07-19', basis: 'cadence', meetingId: null });
    await updateBody(t.ctx, member('send'), '314', board, {
      name: 'SEND Partnership Board',
      kind: 'board',
      cadenceMonths: 3,
    });
    const after = await governanceView(t.ctx, cli, '314', { asAt: '2021-06-18' });
    expect(after.bodies.find((b) => b.id === board)!.next?.meetsOn).toBe('2021-08-19');
  });

  it('refuses a second body of the same name, and a meeting of a body the council does not have, saving nothing', async () => {
    const before = await counts();
    await expect(
      addBody(t.ctx, cli, '314', { name: 'send partnership board', kind: 'board', cadenceMonths: 2 }),
    ).rejects.toThrow('Kingston upon Thames already has a body called "send partnership board"');
    await expect(
      addMeeting(t.ctx, cli, '314', { bodyId: 9999, meetsOn: '2021-07-01' }),
    ).rejects.toMatchObject({
      field: 'bodyId',
      message: expect.stringContaining('has no body 9999') as unknown,
    });
    await expect(
      addMeeting(t.ctx, cli, '314', { bodyId: 1, meetsOn: '2021-07-01', paperIds: [4242] }),
    ).rejects.toThrow('Kingston upon Thames has no paper 4242 to attach to the meeting');
    expect(await counts()).toEqual(before);
  });
});

describe('the tracker', () => {
  it('records an action with a past due date, which is then overdue, and marks it done', async () => {
    const id = await addItem(t.ctx, member('send'), '314', {
      kind: 'action',
      title: 'Agree the co-production charter with the parent carer forum',
      owner: 'Head of SEND',
      dueOn: '2021-06-01',
      workstream: 'Co-production',
    });
    let view = await governanceView(t.ctx, member('viewer'), '314');
    const item = view.items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ overdue: true, status: 'open', recordedOn: '2021-06-18', revision: 1 });
    expect(view.summary).toMatchObject({ open: 1, overdue: 1 });

    await setItemStatus(t.ctx, member('finance'), '314', id, {
      status: 'done',
      progress: 'Signed on 17 June.',
    });
    view = await governanceView(t.ctx, cli, '314');
    expect(view.items.find((i) => i.id === id)).toMatchObject({
      status: 'done',
      completedOn: '2021-06-18',
      progress: 'Signed on 17 June.',
      overdue: false,
      revision: 2,
    });
    // Reopened, it is overdue again and has no completion date.
    await updateItem(t.ctx, cli, '314', id, {
      kind: 'action',
      title: 'Agree the co-production charter with the parent carer forum',
      dueOn: '2021-06-01',
      status: 'inProgress',
      revision: 2,
    });
    view = await governanceView(t.ctx, cli, '314');
    expect(view.items.find((i) => i.id === id)).toMatchObject({ completedOn: null, overdue: true });
    // A change from the old revision is refused.
    await expect(setItemStatus(t.ctx, cli, '314', id, { status: 'closed', revision: 2 })).rejects.toThrow(
      /changed by someone else/,
    );
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'governance_item')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'governance.item.create',
      'governance.item.status',
      'governance.item.update',
    ]);
    // The audit holds the kind and status, never the text of the entry.
    expect(JSON.stringify(audit)).not.toContain('co-production');
  });

  it('refuses a viewer, a missing title, a date that is not one and an unknown meeting, in plain words, saving nothing', async () => {
    const before = await counts();
    await expect(
      addItem(t.ctx, member('viewer'), '314', { kind: 'action', title: 'Anything' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(addItem(t.ctx, cli, '314', { kind: 'action', title: '  ' })).rejects.toMatchObject({
      field: 'title',
      message: 'Enter the title.',
    });
    await expect(
      addItem(t.ctx, cli, '314', { kind: 'action', title: 'Report', dueOn: '2021-02-30' }),
    ).rejects.toMatchObject({
      field: 'dueOn',
      message: expect.stringMatching(/^The due date must be a date/) as unknown,
    });
    await expect(
      addItem(t.ctx, cli, '314', { kind: 'action', title: 'Report', meetingId: 777 }),
    ).rejects.toMatchObject({
      field: 'meetingId',
      message: expect.stringContaining('has no meeting 777') as unknown,
    });
    await expect(addItem(t.ctx, cli, '314', { kind: 'promise', title: 'Report' })).rejects.toMatchObject({
      field: 'kind',
    });
    expect(await counts()).toEqual(before);
  });
});
