export const ROLES = ['clerk', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a personal API token may be limited to. `can()` maps every action to one scope; a token
 * without a scope list may do everything its role allows.
 */
export const SCOPES = ['functions', 'documents:read', 'documents:write', 'audit:read', 'tokens:manage', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a stable pseudonymous subject id and a role. */
export interface Actor {
  subject: string;
  role: Role;
  /** How the caller proved who they are. */
  via: 'api-token' | 'admin-token' | 'oidc';
  /** The scopes of a limited API token; absent: everything the role allows. */
  scopes?: readonly Scope[];
  /** Groups (departments) whose shared documents the caller sees: the IdP's group claim, or those recorded on the API token. */
  groups?: readonly string[];
}
