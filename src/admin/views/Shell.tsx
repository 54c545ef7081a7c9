/** The frame around every view: the navigation the caller's role allows, who is signed in, sign-out. */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { t } from '../i18n/index.js'
import { useLocation } from '../router.js'
import { can, type User } from '../session.js'
import { Link } from './Link.js'

export function Shell({ user, onSignOut, children }: { user: User; onSignOut: () => void; children: ComponentChildren }) {
  const { path } = useLocation()
  const [open, setOpen] = useState(false)
  const items: [string, string, boolean][] = [
    ['/', t.nav.dashboard, true],
    ['/articles', t.nav.articles, true],
    ['/pages', t.nav.pages, can(user, 'managePages')],
    ['/ads', t.nav.ads, can(user, 'manageAds')],
    ['/tags', t.nav.tags, true],
    ['/people', t.nav.people, true],
    ['/settings', t.nav.settings, can(user, 'manageSettings')],
    ['/tokens', t.nav.tokens, true],
  ]
  const active = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`))
  return (
    <div class="shell">
      <a class="skip" href="#main">
        {t.skipToContent}
      </a>
      <header class="topbar">
        <Link to="/" class="brand">
          {t.brand}
        </Link>
        <button type="button" class="menu-toggle" aria-expanded={open} aria-controls="nav" onClick={() => setOpen(!open)}>
          {t.nav.menu}
        </button>
        <nav id="nav" class={open ? 'open' : ''} aria-label={t.nav.label} onClick={() => setOpen(false)}>
          {items
            .filter(([, , shown]) => shown)
            .map(([to, label]) => (
              <Link key={to} to={to} aria-current={active(to) ? 'page' : undefined}>
                {label}
              </Link>
            ))}
        </nav>
        <div class="who">
          <span title={user.email}>
            {user.name} · <span class="role">{t.roles[user.role]}</span>
          </span>
          <button type="button" class="link" onClick={onSignOut}>
            {t.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
