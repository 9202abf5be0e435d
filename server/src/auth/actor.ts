export const ROLES = ['clerk', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a stable pseudonymous subject id and a role. */
export interface Actor {
  subject: string;
  role: Role;
  /** How the caller proved who they are. */
  via: 'api-token' | 'admin-token';
}
