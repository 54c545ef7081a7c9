/** Looking up moved paths for the public site (a renamed tag, a moved article, an imported URL). */
import type { ModuleContext } from '../context.js'
import { findRedirect } from './redirect.repository.js'

export function createRedirectsService(ctx: ModuleContext) {
  return {
    find: async (path: string): Promise<{ toPath: string; statusCode: number } | null> => (await findRedirect(ctx.db, path)) ?? null,
  }
}

export type RedirectsService = ReturnType<typeof createRedirectsService>
