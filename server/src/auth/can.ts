import { SCOPES, type Actor, type Role, type Scope } from './actor';

export type Action =
  | 'search'
  | 'research'
  | 'generate'
  | 'chat'
  | 'document:list'
  | 'document:read'
  | 'document:upload'
  | 'document:delete'
  | 'document:share'
  | 'corpus:manage'
  | 'token:manage-own'
  | 'token:manage-any'
  | 'audit:read'
  | 'audit:verify'
  | 'audit:resolve-subject'
  | 'privacy:own'
  | 'user:manage';

/** The resource an action touches, where ownership matters. */
export interface Resource {
  owner: string | null;
  /** The group (department) a private upload is shared with; its members may read it. */
  shareGroup?: string | null;
}

const CLERK_ACTIONS: ReadonlySet<Action> = new Set([
  'search', 'research', 'generate', 'chat', 'document:list', 'document:read', 'document:upload', 'document:delete', 'document:share', 'token:manage-own',
  'privacy:own',
]);

/** Auditors read, verify and (to investigate) resolve the audit log; they see no document contents. */
const AUDITOR_ACTIONS: ReadonlySet<Action> = new Set(['token:manage-own', 'audit:read', 'audit:verify', 'audit:resolve-subject', 'privacy:own']);

/**
 * The scope a limited API token needs for each action. An action missing here is open only to
 * callers without a scope list (OIDC sessions, the admin token, tokens issued with all scopes),
 * so a new action never widens what an existing limited token can do.
 */
const ACTION_SCOPES: Partial<Record<Action, Scope>> = {
  search: 'functions',
  research: 'functions',
  generate: 'functions',
  chat: 'functions',
  'document:list': 'documents:read',
  'document:read': 'documents:read',
  'document:upload': 'documents:write',
  'document:delete': 'documents:write',
  'document:share': 'documents:write',
  'corpus:manage': 'admin',
  'token:manage-own': 'tokens:manage',
  'token:manage-any': 'admin',
  'audit:read': 'audit:read',
  'audit:verify': 'audit:read',
  'audit:resolve-subject': 'audit:read',
};

/** The scope a limited token needs for an action; undefined: only callers without a scope list may perform it. */
export function requiredScope(action: Action): Scope | undefined {
  return ACTION_SCOPES[action];
}

/** Whether the caller's token scopes (if it has any) cover the action; the role is checked by `can`. */
export function scopeAllows(actor: Actor, action: Action): boolean {
  if (actor.scopes === undefined) return true;
  const scope = ACTION_SCOPES[action];
  return scope !== undefined && actor.scopes.includes(scope);
}

/** The scopes a role can use: those mapped to at least one action the role may perform. */
export function scopesForRole(role: Role): Scope[] {
  const probe: Actor = { subject: '', role, via: 'api-token' };
  const actions = Object.keys(ACTION_SCOPES) as Action[];
  return SCOPES.filter((scope) => actions.some((action) => ACTION_SCOPES[action] === scope && can(probe, action)));
}

/**
 * The one policy decision point. Clerks act on the shared corpus (read) and on their own
 * uploads and those shared with their groups; admins manage the corpus and tokens; auditors see
 * no document contents. A limited API token must also hold the action's scope.
 */
export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (!scopeAllows(actor, action)) return false;
  if (actor.role === 'admin') return true;
  if (actor.role === 'auditor') return AUDITOR_ACTIONS.has(action);
  if (!CLERK_ACTIONS.has(action)) return false;
  if (!resource) return true;
  if (action === 'document:delete') return resource.owner === actor.subject;
  if (action === 'document:share') return isMember(actor, resource.shareGroup);
  return resource.owner === null || resource.owner === actor.subject || isMember(actor, resource.shareGroup);
}

function isMember(actor: Actor, group: string | null | undefined): boolean {
  return typeof group === 'string' && (actor.groups ?? []).includes(group);
}

/**
 * Whose private uploads a caller may see, by subject only (see RetrievalFilter.visibleTo).
 * Prefer `visibilityOf`, which also admits documents shared with the caller's groups.
 */
export function visibleTo(actor: Actor): string | undefined {
  return actor.role === 'admin' ? undefined : actor.subject;
}

/** What a caller may see in searches and listings: own uploads, their groups' shares, the shared corpus; admins everything. */
export function visibilityOf(actor: Actor): { subject: string; groups: readonly string[] } | undefined {
  return actor.role === 'admin' ? undefined : { subject: actor.subject, groups: actor.groups ?? [] };
}
