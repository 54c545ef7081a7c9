/** Headers every Content API answer carries: CORS for any origin, the emulated Ghost version, Vary. */
import type { FastifyReply } from 'fastify'

export function commonHeaders(reply: FastifyReply, version: string): FastifyReply {
  return reply
    .header('access-control-allow-origin', '*')
    .header('access-control-expose-headers', 'Content-Version, ETag')
    .header('content-version', version)
    .header('vary', 'Accept-Version, Accept-Encoding')
}
