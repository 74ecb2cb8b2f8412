/** Roles a user can hold in one council. */
export const councilRoles = ['admin', 'finance', 'send', 'viewer', 's151', 'dcs'] as const;
export type CouncilRole = (typeof councilRoles)[number];

/** Things a user may ask to do to a council's data. */
export type Action =
  | 'council.read'
  | 'council.edit'
  | 'finance.edit'
  | 'send.edit'
  | 'audit.read'
  | 'users.manage'
  /** Row-level placement records (pseudonymised child ids, dates of birth); aggregates need only council.read. */
  | 'placements.readRecords'
  /** Signing a Safety Valve return: only the holders of the role, never by an administrator's bypass (see canSign). */
  | 'returns.signAsS151'
  | 'returns.signAsDcs'
  /** Reopening a signed return (clears the sign-offs; needs a reason). */
  | 'returns.reopen'
  /** Import (or preview) a placement register: the SEND service and finance keep it. */
  | 'placements.import'
  /** Upload forecast inputs and start forecast runs (SEND and finance staff); seeing them needs only council.read. */
  | 'forecasts.run'
  /** Import (or preview) the SEN2 return and edit the URN lookup: the SEND service and finance keep them. */
  | 'sen2.import'
  /** Child-level (pseudonymised) SEN2 records: the data-quality findings; aggregates need only council.read. */
  | 'sen2.readRecords'
  /** Record and update the governance cycle and tracker (bodies, meetings, actions...): finance and SEND leads. */
  | 'governance.edit';

const financeRights: Action[] = [
  'council.read',
  'council.edit',
  'finance.edit',
  'placements.readRecords',
  'placements.import',
  'forecasts.run',
  'sen2.import',
  'sen2.readRecords',
  'governance.edit',
];

const allowed: Record<CouncilRole, ReadonlySet<Action>> = {
  viewer: new Set(['council.read']),
  /** The S151 officer (chief finance officer): finance rights plus signing returns as S151 officer. */
  s151: new Set([...financeRights, 'returns.signAsS151']),
  /** The Director of Children's Services: reads everything and signs returns as DCS. */
  dcs: new Set(['council.read', 'returns.signAsDcs']),
  send: new Set([
    'council.read',
    'send.edit',
    'placements.readRecords',
    'placements.import',
    'forecasts.run',
    'sen2.import',
    'sen2.readRecords',
    'governance.edit',
  ]),
  finance: new Set(financeRights),
  admin: new Set([
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
  ]),
};

/** The signed-in person as the services see them. */
export interface SessionUser {
  id: number;
  email: string;
  displayName: string;
  isSystemAdmin: boolean;
  /** Role per council id. */
  roles: ReadonlyMap<number, CouncilRole>;
  /** Signed in with a one-time password: no council data until they choose their own. */
  mustChangePassword?: boolean;
}

/** Who is acting: a signed-in user, or the command line run by whoever operates the server. */
export type Actor = { kind: 'user'; user: SessionUser } | { kind: 'system'; label: string };

/** The one place that decides whether an actor may do `action` to one council's data. */
export function can(actor: Actor, action: Action, councilId: number): boolean {
  if (actor.kind === 'system') return true;
  if (actor.user.isSystemAdmin) return true;
  const role = actor.user.roles.get(councilId);
  return role !== undefined && allowed[role].has(action);
}

/**
 * Whether the actor may sign a return in this capacity. A signature is personal: it needs the role in the
 * council itself, so neither the command line nor a system administrator's bypass can sign.
 */
export function canSign(actor: Actor, capacity: 's151' | 'dcs', councilId: number): boolean {
  if (actor.kind !== 'user') return false;
  const role = actor.user.roles.get(councilId);
  return (
    role !== undefined && allowed[role].has(capacity === 's151' ? 'returns.signAsS151' : 'returns.signAsDcs')
  );
}

/** Whether the actor may see the council at all (members and system administrators). */
export function canSee(actor: Actor, councilId: number): boolean {
  return can(actor, 'council.read', councilId);
}

export function isCouncilRole(value: string): value is CouncilRole {
  return (councilRoles as readonly string[]).includes(value);
}

/**
 * Every action, once. The compiler refuses a new member of Action until it is listed here, so each new
 * action reaches the web's capabilities (capabilitiesIn) without further code.
 */
const actionList = {
  'council.read': true,
  'council.edit': true,
  'finance.edit': true,
  'send.edit': true,
  'audit.read': true,
  'users.manage': true,
  'placements.readRecords': true,
  'returns.signAsS151': true,
  'returns.signAsDcs': true,
  'returns.reopen': true,
  'placements.import': true,
  'forecasts.run': true,
  'sen2.import': true,
  'sen2.readRecords': true,
  'governance.edit': true,
} as const satisfies Record<Action, true>;

/** Every action a user may be allowed, in the order of the Action type. */
export const everyAction = Object.keys(actionList) as Action[];

/**
 * What the actor may do in one council, decided by the same table the services enforce (signing through
 * canSign, so an administrator's bypass never signs). The web shows only the controls these allow.
 */
export function capabilitiesIn(actor: Actor, councilId: number): Action[] {
  return everyAction.filter((action) =>
    action === 'returns.signAsS151'
      ? canSign(actor, 's151', councilId)
      : action === 'returns.signAsDcs'
        ? canSign(actor, 'dcs', councilId)
        : can(actor, action, councilId),
  );
}
