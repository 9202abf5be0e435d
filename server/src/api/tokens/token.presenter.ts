import { scopesForRole, type Actor, type ApiTokenRecord } from '../../auth';

/** A token without a scope list may use every scope of its role; clients see the effective list. */
export function presentToken(record: ApiTokenRecord) {
  return {
    id: record.id,
    subject: record.subject,
    role: record.role,
    name: record.name,
    scopes: record.scopes ?? scopesForRole(record.role),
    limited: record.scopes !== null,
    groups: record.groups,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt,
  };
}

export function presentActor(actor: Actor) {
  return {
    subject: actor.subject,
    role: actor.role,
    via: actor.via,
    scopes: actor.scopes ? [...actor.scopes] : scopesForRole(actor.role),
    limited: actor.scopes !== undefined,
    groups: actor.groups ? [...actor.groups] : [],
  };
}
