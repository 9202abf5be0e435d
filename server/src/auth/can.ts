import type { Actor } from './actor';

export type Action =
  | 'search'
  | 'research'
  | 'generate'
  | 'chat'
  | 'document:list'
  | 'document:read'
  | 'document:upload'
  | 'document:delete'
  | 'corpus:manage'
  | 'token:manage-own'
  | 'token:manage-any'
  | 'audit:read'
  | 'audit:verify'
  | 'audit:resolve-subject';

/** The resource an action touches, where ownership matters. */
export interface Resource {
  owner: string | null;
}

const CLERK_ACTIONS: ReadonlySet<Action> = new Set([
  'search', 'research', 'generate', 'chat', 'document:list', 'document:read', 'document:upload', 'document:delete', 'token:manage-own',
]);

/** Auditors read, verify and (to investigate) resolve the audit log; they see no document contents. */
const AUDITOR_ACTIONS: ReadonlySet<Action> = new Set(['token:manage-own', 'audit:read', 'audit:verify', 'audit:resolve-subject']);

/**
 * The one policy decision point. Clerks act on the shared corpus (read) and on their own
 * uploads; admins manage the corpus and tokens; auditors see no document contents.
 */
export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'auditor') return AUDITOR_ACTIONS.has(action);
  if (!CLERK_ACTIONS.has(action)) return false;
  if (!resource) return true;
  if (action === 'document:delete') return resource.owner === actor.subject;
  return resource.owner === null || resource.owner === actor.subject;
}

/** What a caller may see in searches and listings (see RetrievalFilter.visibleTo). */
export function visibleTo(actor: Actor): string | undefined {
  return actor.role === 'admin' ? undefined : actor.subject;
}
