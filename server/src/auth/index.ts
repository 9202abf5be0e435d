export { ROLES, type Actor, type Role } from './actor';
export { can, visibleTo, type Action, type Resource } from './can';
export { TokenStore, type ApiTokenRecord } from './token-store';
export { Authenticator } from './authenticator';
export { ensureAdminAccess } from './ensure-admin-access';
