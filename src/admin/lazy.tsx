/** Views loaded on demand, each its own chunk: the list and the dashboard never download them. */
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { t } from './i18n/index.js'

/** A component that shows "loading" until `load` brings the real one, then renders it (kept for the next time). */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null
  return function LazyView(props: P) {
    const [view, setView] = useState<ComponentType<P> | null>(() => loaded)
    const [failed, setFailed] = useState(false)
    useEffect(() => {
      if (view) return
      load()
        .then((component) => {
          loaded = component
          setView(() => component)
        })
        .catch(() => setFailed(true))
    }, [])
    if (failed) return <p class="notice error" role="alert">{t.errors.network}</p>
    if (!view) return <p class="loading" aria-live="polite">{t.loading}</p>
    const View = view
    return <View {...props} />
  }
}
