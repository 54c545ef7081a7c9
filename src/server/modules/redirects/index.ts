/** Redirects: old paths that answer 301 with the new one (moved slugs, imported URLs). */
export { findRedirect, moveRedirect, deleteRedirectFrom } from './redirect.repository.js'
export { createRedirectsService, type RedirectsService } from './redirect.service.js'
export type { RedirectTable } from './redirect.table.js'
export { redirectKey } from './redirect.path.js'
