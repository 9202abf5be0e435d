import type { Actor } from './actor';
import { can, scopeAllows, scopesForRole, visibilityOf, visibleTo } from './can';

const clerk = (extra: Partial<Actor> = {}): Actor => ({ subject: 'erika', role: 'clerk', via: 'api-token', ...extra });

describe('can: roles, scopes and group sharing in one decision', () => {
  it('derives the scopes each role can use from the actions it may perform', () => {
    expect(scopesForRole('clerk')).toEqual(['functions', 'documents:read', 'documents:write', 'tokens:manage']);
    expect(scopesForRole('auditor')).toEqual(['audit:read', 'tokens:manage']);
    expect(scopesForRole('admin')).toEqual(['functions', 'documents:read', 'documents:write', 'audit:read', 'tokens:manage', 'admin']);
  });

  it('limits a token to its scopes, on top of its role', () => {
    const addin = clerk({ scopes: ['functions', 'documents:read'] });
    expect(can(addin, 'generate')).toBe(true);
    expect(can(addin, 'search')).toBe(true);
    expect(can(addin, 'document:read', { owner: 'erika' })).toBe(true);
    expect(can(addin, 'document:upload')).toBe(false);
    expect(can(addin, 'token:manage-own')).toBe(false);
    const readOnly = clerk({ scopes: ['documents:read'] });
    expect(can(readOnly, 'generate')).toBe(false);
    expect(can(readOnly, 'document:list')).toBe(true);
    // The scope never widens the role: a clerk token with "admin" in it is still a clerk.
    expect(can(clerk({ scopes: ['admin'] }), 'corpus:manage')).toBe(false);
    const limitedAdmin: Actor = { subject: 'admin', role: 'admin', via: 'api-token', scopes: ['audit:read'] };
    expect(can(limitedAdmin, 'audit:verify')).toBe(true);
    expect(can(limitedAdmin, 'corpus:manage')).toBe(false);
    expect(can(limitedAdmin, 'generate')).toBe(false);
  });

  it('treats a caller without a scope list as limited only by the role', () => {
    expect(scopeAllows(clerk(), 'generate')).toBe(true);
    expect(can(clerk(), 'audit:read')).toBe(false);
    expect(can({ subject: 'a', role: 'auditor', via: 'oidc' }, 'audit:read')).toBe(true);
  });

  it('lets group members read a shared upload, but only its owner delete it', () => {
    const upload = { owner: 'max', shareGroup: '/Bauamt' };
    expect(can(clerk({ groups: ['/Bauamt'] }), 'document:read', upload)).toBe(true);
    expect(can(clerk({ groups: ['/Ordnungsamt'] }), 'document:read', upload)).toBe(false);
    expect(can(clerk(), 'document:read', upload)).toBe(false);
    expect(can(clerk({ groups: ['/Bauamt'] }), 'document:delete', upload)).toBe(false);
    expect(can(clerk({ subject: 'max' }), 'document:delete', upload)).toBe(true);
    expect(can(clerk({ groups: ['/Bauamt'] }), 'document:read', { owner: 'max', shareGroup: null })).toBe(false);
  });

  it('lets a clerk share only with a group of their own; admins with any', () => {
    expect(can(clerk({ groups: ['/Bauamt'] }), 'document:share', { owner: 'erika', shareGroup: '/Bauamt' })).toBe(true);
    expect(can(clerk({ groups: ['/Bauamt'] }), 'document:share', { owner: 'erika', shareGroup: '/Kämmerei' })).toBe(false);
    expect(can({ subject: 'admin', role: 'admin', via: 'admin-token' }, 'document:share', { owner: 'admin', shareGroup: '/Kämmerei' })).toBe(true);
    expect(can({ subject: 'a', role: 'auditor', via: 'oidc', groups: ['/Bauamt'] }, 'document:share', { owner: 'a', shareGroup: '/Bauamt' })).toBe(false);
  });

  it('describes what a caller sees in searches and listings', () => {
    expect(visibilityOf(clerk({ groups: ['/Bauamt'] }))).toEqual({ subject: 'erika', groups: ['/Bauamt'] });
    expect(visibilityOf(clerk())).toEqual({ subject: 'erika', groups: [] });
    expect(visibilityOf({ subject: 'admin', role: 'admin', via: 'admin-token' })).toBeUndefined();
    expect(visibleTo(clerk({ groups: ['/Bauamt'] }))).toBe('erika');
  });
});
