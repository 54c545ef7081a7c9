/**
 * How the redirects table keys a path: decoded, with a trailing slash unless it names a file.
 * Imports write keys with it and the site looks paths up with it, so the two always agree.
 */
export function redirectKey(rawPath: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (path.length > 1000 || !path.startsWith('/')) return null
  if (!path.endsWith('/') && !/\.[a-z0-9]{2,5}$/i.test(path)) path += '/'
  return path
}
