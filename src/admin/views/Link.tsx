/** An <a> that navigates inside the desk without reloading the page. */
import type { ComponentChildren, JSX } from 'preact'
import { base, onLinkClick } from '../router.js'

export function Link({ to, children, ...rest }: { to: string; children: ComponentChildren } & Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a href={`${base}${to}`} onClick={onLinkClick} {...rest}>
      {children}
    </a>
  )
}
