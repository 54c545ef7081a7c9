// A small HTTP/1.1 load generator for benchmarks whose responses are compressed.
//
// autocannon appends every response body to a string (`req.body += data`, lib/
// pipelinedRequestsQueue.js). For brotli bodies that is a UTF-8 decode of random bytes, and its
// cost depends on the bytes: in bench/ads.mjs autocannon spent 40% of its CPU in Buffer#toString
// and twice the CPU per response on one page's brotli body as on another's of the same size —
// on 2 cores shared with the server, that made the comparison a measure of the load generator.
// This one keeps `connections` keep-alive sockets busy with one GET each, finds the end of every
// response by its Content-Length without reading the body, and records each latency.
import net from 'node:net'

/**
 * Loads `url` for `seconds`; answers `{ rps, p99, requests, non2xx }` (p99 in ms). Responses
 * must carry Content-Length (cached pages and API answers do); anything else is an error.
 */
export async function httpLoad({ url, connections = 64, seconds = 10, headers = {} }) {
  const { hostname, port, pathname, search } = new URL(url)
  const lines = [`GET ${pathname}${search} HTTP/1.1`, `Host: ${hostname}:${port}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
  const request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`)
  const latencies = []
  let non2xx = 0
  const started = performance.now()
  const stopAt = started + seconds * 1000

  const sockets = []
  const run = () =>
    new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname)
      sockets.push(socket)
      let head = Buffer.alloc(0)
      // Body bytes still to come for the response being read; -1 while reading its head.
      let remaining = -1
      let status = 0
      let sentAt = 0
      const send = () => {
        sentAt = performance.now()
        socket.write(request)
      }
      socket.on('connect', send)
      socket.on('error', reject)
      socket.on('data', (chunk) => {
        let at = 0
        while (at < chunk.length) {
          if (remaining < 0) {
            head = head.length === 0 ? chunk.subarray(at) : Buffer.concat([head, chunk.subarray(at)])
            const headerEnd = head.indexOf('\r\n\r\n')
            if (headerEnd < 0) return
            const text = head.subarray(0, headerEnd).toString('latin1')
            const length = /\r\ncontent-length:\s*(\d+)/i.exec(text)
            if (!length) return reject(new Error(`${url}: a response without Content-Length`))
            status = Number(text.slice(9, 12))
            remaining = Number(length[1])
            // What of this chunk follows the head.
            at = chunk.length - (head.length - (headerEnd + 4))
            head = Buffer.alloc(0)
          }
          const take = Math.min(remaining, chunk.length - at)
          remaining -= take
          at += take
          if (remaining > 0) return
          remaining = -1
          if (status < 200 || status > 299) non2xx += 1
          const now = performance.now()
          latencies.push(now - sentAt)
          if (now >= stopAt) {
            socket.destroy()
            return resolve()
          }
          send()
        }
      })
    })

  try {
    await Promise.all(Array.from({ length: connections }, run))
  } catch (error) {
    // One failed connection fails the run: the others stop too, or they would keep the process alive.
    for (const socket of sockets) socket.destroy()
    throw error
  }
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    rps: latencies.length / elapsed,
    p99: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
    requests: latencies.length,
    non2xx,
  }
}
