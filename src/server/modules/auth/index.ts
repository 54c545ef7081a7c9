/**
 * Signing in and what roles may do: database sessions with CSRF tokens, login throttling, and
 * the permission table every admin route names.
 */
export { createAuthService, lockDuration, sameToken, sessionTtlMs, throttleLimits, type AuthService, type SessionInfo, type SignedIn } from './auth.service.js'
export { can, permissions, permissionsOf, roleAllows, roleRank, type Permission } from './permissions.js'
export { createPreviewLinks, type PreviewLinks } from './preview.js'
