/** Pages as pure functions of view models: they never query. */
export { renderDocument } from './render.js'
export { HomePage, type HomePageModel, type ArticleCard } from './HomePage.js'
export { ArticlePage, type ArticlePageModel } from './ArticlePage.js'
export { ErrorPage, type ErrorPageModel } from './ErrorPage.js'
export type { SiteChrome } from './Layout.js'
