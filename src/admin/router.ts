/**
 * A small history router for the desk: paths under /admin/, links that navigate without a reload,
 * and a guard that asks before leaving unsaved work.
 */
import { useEffect, useState } from 'preact/hooks'

export const base = '/admin'

export interface Location {
  path: string
  search: URLSearchParams
}

function current(): Location {
  const path = window.location.pathname.startsWith(base) ? window.location.pathname.slice(base.length) || '/' : '/'
  return { path, search: new URLSearchParams(window.location.search) }
}

const listeners = new Set<() => void>()
/** Returns a question to confirm before leaving, or null when there is nothing to lose. */
let leaveGuard: (() => string | null) | null = null

export function setLeaveGuard(guard: (() => string | null) | null): void {
  leaveGuard = guard
}

export function navigate(to: string, { replace = false } = {}): void {
  const url = to.startsWith(base) ? to : `${base}${to}`
  if (url === window.location.pathname + window.location.search) return
  if (!replace) {
    const question = leaveGuard?.()
    if (question && !window.confirm(question)) return
    leaveGuard = null
  }
  if (replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  listeners.forEach((listener) => listener())
  if (!replace) window.scrollTo(0, 0)
}

/** Changes the address without showing another view (a new article that got its id). */
export function replaceAddress(to: string): void {
  window.history.replaceState(null, '', to.startsWith(base) ? to : `${base}${to}`)
}

window.addEventListener('popstate', () => listeners.forEach((listener) => listener()))

export function useLocation(): Location {
  const [location, setLocation] = useState(current)
  useEffect(() => {
    const update = () => setLocation(current())
    listeners.add(update)
    return () => void listeners.delete(update)
  }, [])
  return location
}

/** Same-tab clicks navigate inside the app; modified clicks (new tab) stay with the browser. */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const anchor = (event.currentTarget as HTMLAnchorElement | null) ?? null
  if (!anchor || anchor.target) return
  event.preventDefault()
  navigate(anchor.pathname + anchor.search)
}
