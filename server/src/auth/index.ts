export { ROLES, SCOPES, type Actor, type Role, type Scope } from './actor';
export { can, scopeAllows, scopesForRole, requiredScope, visibleTo, visibilityOf, type Action, type Resource } from './can';
export { TokenStore, type ApiTokenRecord, type CreateTokenInput } from './token-store';
export { Authenticator } from './authenticator';
export { createAuthenticator } from './create-authenticator';
export { OidcVerifier, OIDC_SUBJECT_PREFIX } from './oidc-verifier';
export { ensureAdminAccess } from './ensure-admin-access';
