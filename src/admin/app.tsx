/**
 * The desk: signs in, then shows the shell (navigation by role) and one view per route. The
 * editor, the ads pages and the management views are loaded on demand, so the list and the
 * dashboard never download Tiptap or the ads forms.
 */
import { useEffect, useState } from 'preact/hooks'
import { onUnauthenticated } from './api.js'
import { t } from './i18n/index.js'
import { lazyView } from './lazy.js'
import { navigate, useLocation } from './router.js'
import { can, loadMe, signOut, UserContext, type User } from './session.js'
import { ArticleList } from './views/ArticleList.js'
import { Dashboard } from './views/Dashboard.js'
import { NotAllowed, NotFound } from './views/Messages.js'
import { Shell } from './views/Shell.js'
import { SignIn } from './views/SignIn.js'

const EditorPage = lazyView(() => import('./editor/EditorPage.js').then((m) => m.EditorPage))
const AdsSection = lazyView(() => import('./ads/AdsSection.js').then((m) => m.AdsSection))
const Tags = lazyView(() => import('./views/Tags.js').then((m) => m.Tags))
const People = lazyView(() => import('./views/People.js').then((m) => m.People))
const SettingsView = lazyView(() => import('./views/Settings.js').then((m) => m.SettingsView))
const Tokens = lazyView(() => import('./views/Tokens.js').then((m) => m.Tokens))

function Route({ user }: { user: User }) {
  const { path } = useLocation()
  const article = /^\/(articles|pages)\/(new|[0-9a-f]{24})$/.exec(path)
  if (article) {
    const type = article[1] === 'pages' ? 'page' : 'article'
    if (type === 'page' && !can(user, 'managePages')) return <NotAllowed />
    const id = article[2] === 'new' ? null : (article[2] ?? null)
    return <EditorPage key={path} id={id} type={type} />
  }
  if (path === '/ads' || path.startsWith('/ads/')) return can(user, 'manageAds') ? <AdsSection path={path} /> : <NotAllowed />
  switch (path) {
    case '/':
      return <Dashboard />
    case '/articles':
      return <ArticleList type="article" />
    case '/pages':
      return can(user, 'managePages') ? <ArticleList type="page" /> : <NotAllowed />
    case '/tags':
      return <Tags />
    case '/people':
      return <People />
    case '/settings':
      return can(user, 'manageSettings') ? <SettingsView /> : <NotAllowed />
    case '/tokens':
      return <Tokens />
    default:
      return <NotFound />
  }
}

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined)
  useEffect(() => {
    onUnauthenticated(() => setUser(null))
    void loadMe().then(setUser)
  }, [])

  if (user === undefined) return <p class="loading" aria-live="polite">{t.loading}</p>
  if (user === null) return <SignIn onSignedIn={setUser} />
  const leave = async () => {
    await signOut()
    setUser(null)
    navigate('/', { replace: true })
  }
  return (
    <UserContext.Provider value={user}>
      <Shell user={user} onSignOut={leave}>
        <Route user={user} />
      </Shell>
    </UserContext.Provider>
  )
}
