import { describe, expect, it } from 'vitest';
import {
  can,
  canSign,
  capabilitiesIn,
  councilRoles,
  everyAction,
  type Action,
  type Actor,
  type CouncilRole,
} from './permissions';

const KINGSTON = 1;
const RICHMOND = 2;
function member(role: CouncilRole): Actor {
  return {
    kind: 'user',
    user: { id: 1, email: 'a@b', displayName: 'A', isSystemAdmin: false, roles: new Map([[KINGSTON, role]]) },
  };
}

describe('can', () => {
  const expected: Record<CouncilRole, Action[]> = {
    viewer: ['council.read'],
    send: [
      'council.read',
      'send.edit',
      'placements.readRecords',
      'placements.import',
      'forecasts.run',
      'sen2.import',
      'sen2.readRecords',
      'governance.edit',
    ],
    finance: [
      'council.read',
      'council.edit',
      'finance.edit',
      'placements.readRecords',
      'placements.import',
      'forecasts.run',
      'sen2.import',
      'sen2.readRecords',
      'governance.edit',
    ],
    admin: [
      'council.read',
      'council.edit',
      'finance.edit',
      'send.edit',
      'audit.read',
      'users.manage',
      'placements.readRecords',
      'placements.import',
      'forecasts.run',
      'sen2.import',
      'sen2.readRecords',
      'returns.reopen',
      'governance.edit',
    ],
    s151: [
      'council.read',
      'council.edit',
      'finance.edit',
      'placements.readRecords',
      'placements.import',
      'forecasts.run',
      'sen2.import',
      'sen2.readRecords',
      'returns.signAsS151',
      'governance.edit',
    ],
    dcs: ['council.read', 'returns.signAsDcs'],
  };
  const actions: Action[] = [
    'council.read',
    'council.edit',
    'finance.edit',
    'send.edit',
    'audit.read',
    'users.manage',
    'placements.readRecords',
    'placements.import',
    'forecasts.run',
    'sen2.import',
    'sen2.readRecords',
    'returns.signAsS151',
    'returns.signAsDcs',
    'returns.reopen',
    'governance.edit',
  ];

  it.each(councilRoles)('gives a %s exactly its own actions in its own council', (role) => {
    const granted = actions.filter((action) => can(member(role), action, KINGSTON));
    expect(granted).toEqual(expected[role]);
  });

  it.each(councilRoles)('gives a %s nothing in another council', (role) => {
    expect(actions.filter((action) => can(member(role), action, RICHMOND))).toEqual([]);
  });

  it('lets a system administrator and the command line do everything everywhere', () => {
    const sysadmin: Actor = {
      kind: 'user',
      user: { id: 9, email: 's@b', displayName: 'S', isSystemAdmin: true, roles: new Map() },
    };
    const cli: Actor = { kind: 'system', label: 'command line' };
    for (const action of actions) {
      expect(can(sysadmin, action, RICHMOND)).toBe(true);
      expect(can(cli, action, RICHMOND)).toBe(true);
    }
  });
});

describe('canSign', () => {
  it('lets only the S151 officer sign as S151 and only the DCS sign as DCS, in their own council', () => {
    expect(councilRoles.filter((r) => canSign(member(r), 's151', KINGSTON))).toEqual(['s151']);
    expect(councilRoles.filter((r) => canSign(member(r), 'dcs', KINGSTON))).toEqual(['dcs']);
    expect(canSign(member('s151'), 's151', RICHMOND)).toBe(false);
  });

  it('never lets the command line or a system administrator sign for someone', () => {
    const sysadmin: Actor = {
      kind: 'user',
      user: { id: 9, email: 's@b', displayName: 'S', isSystemAdmin: true, roles: new Map() },
    };
    expect(canSign(sysadmin, 's151', KINGSTON)).toBe(false);
    expect(canSign({ kind: 'system', label: 'command line' }, 'dcs', KINGSTON)).toBe(false);
  });
});

describe('capabilitiesIn', () => {
  it('lists every action, each once', () => {
    expect(new Set(everyAction).size).toBe(everyAction.length);
    // The SEN2 return's two actions (issue 13) joined the twelve before them; governance (issue 15) one more.
    expect(everyAction).toHaveLength(15);
    expect(everyAction).toEqual(expect.arrayContaining(['sen2.import', 'sen2.readRecords']));
  });

  it.each(councilRoles)('gives a %s the actions can and canSign allow, in its own council only', (role) => {
    const allowed = everyAction.filter((action) =>
      action === 'returns.signAsS151'
        ? canSign(member(role), 's151', KINGSTON)
        : action === 'returns.signAsDcs'
          ? canSign(member(role), 'dcs', KINGSTON)
          : can(member(role), action, KINGSTON),
    );
    expect(capabilitiesIn(member(role), KINGSTON)).toEqual(allowed);
    expect(capabilitiesIn(member(role), RICHMOND)).toEqual([]);
  });

  it('gives the S151 officer the finance rights and signing, and the SEND service no finance edit', () => {
    expect(capabilitiesIn(member('s151'), KINGSTON)).toEqual(
      expect.arrayContaining(['finance.edit', 'forecasts.run', 'returns.signAsS151']),
    );
    expect(capabilitiesIn(member('send'), KINGSTON)).not.toContain('finance.edit');
    expect(capabilitiesIn(member('viewer'), KINGSTON)).toEqual(['council.read']);
  });

  it('never gives a system administrator the right to sign', () => {
    const sysadmin: Actor = {
      kind: 'user',
      user: { id: 9, email: 's@b', displayName: 'S', isSystemAdmin: true, roles: new Map() },
    };
    expect(capabilitiesIn(sysadmin, KINGSTON)).not.toContain('returns.signAsS151');
    expect(capabilitiesIn(sysadmin, KINGSTON)).toContain('users.manage');
  });
});
