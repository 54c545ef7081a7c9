/**
 * The desk: signs in, then shows the shell (navigation by role) and one view per route. The
 * editor is loaded on demand, so the list and dashboard never download Tiptap.
 */
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { onUnauthenticated } from './api.js'
import { t } from './i18n/index.js'
import { navigate, useLocation } from './router.js'
import { can, loadMe, signOut, UserContext, type User } from './session.js'
import { ArticleList } from './views/ArticleList.js'
import { Dashboard } from './views/Dashboard.js'
import { NotAllowed, NotFound } from './views/Messages.js'
import { People } from './views/People.js'
import { SettingsView } from './views/Settings.js'
import { Shell } from './views/Shell.js'
import { SignIn } from './views/SignIn.js'
import { Tags } from './views/Tags.js'
import { Tokens } from './views/Tokens.js'

type EditorProps = { id: string | null; type: 'article' | 'page' }
let EditorPage: ComponentType<EditorProps> | null = null

function LazyEditor(props: EditorProps) {
  const [loaded, setLoaded] = useState<ComponentType<EditorProps> | null>(() => EditorPage)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (loaded) return
    import('./editor/EditorPage.js')
      .then((module) => {
        EditorPage = module.EditorPage
        setLoaded(() => module.EditorPage)
      })
      .catch(() => setFailed(true))
  }, [])
  if (failed) return <p class="notice error" role="alert">{t.errors.network}</p>
  if (!loaded) return <p class="loading" aria-live="polite">{t.loading}</p>
  const Editor = loaded
  return <Editor {...props} />
}

function Route({ user }: { user: User }) {
  const { path } = useLocation()
  const article = /^\/(articles|pages)\/(new|[0-9a-f]{24})$/.exec(path)
  if (article) {
    const type = article[1] === 'pages' ? 'page' : 'article'
    if (type === 'page' && !can(user, 'managePages')) return <NotAllowed />
    const id = article[2] === 'new' ? null : (article[2] ?? null)
    return <LazyEditor key={path} id={id} type={type} />
  }
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
