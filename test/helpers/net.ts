/** Ports and readiness for tests that start real `newsdesk serve` processes. */
import { createServer } from 'node:net'

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Polls `url` until it answers, up to `timeoutMs`; returns the last response (undefined if none). */
export async function waitForResponse(url: string, timeoutMs = 30_000): Promise<Response | undefined> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined)
    if (response) return response
    await new Promise((r) => setTimeout(r, 100))
  }
  return undefined
}
