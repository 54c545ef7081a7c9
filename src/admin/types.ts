/** What the admin API sends (see GET /admin/api/openapi.json): only the fields the desk uses. */
import type { EditorDocument } from '../shared/document/schema.js'

export type Role = 'contributor' | 'author' | 'editor' | 'admin'
export type Status = 'draft' | 'review' | 'scheduled' | 'published' | 'archived'
export type Permission = 'desk' | 'publishOwn' | 'editAll' | 'managePages' | 'manageTags' | 'manageAds' | 'managePeople' | 'manageSettings'

export interface Person {
  id: string
  email: string
  name: string
  slug: string
  role: Role
  bio: string | null
  website: string | null
  profileImage: string | null
  status: 'active' | 'suspended'
}

export interface Me {
  user: Person & { permissions: Permission[] }
  csrfToken?: string
}

export interface Tag {
  id: string
  slug: string
  name: string
  description: string | null
  visibility: 'public' | 'internal'
  seo: { title: string | null; description: string | null }
  articles?: number
}

export interface FeatureImage {
  src: string
  alt: string
  caption: string | null
  credit: string | null
}

export interface ArticleSummary {
  id: string
  type: 'article' | 'page'
  slug: string
  title: string
  standfirst: string | null
  excerpt: string
  status: Status
  url: string | null
  featured: boolean
  sponsored: boolean
  sponsor: { name: string; url: string | null } | null
  breaking: boolean
  featureImage: FeatureImage | null
  seo: { title: string | null; description: string | null; canonicalUrl: string | null }
  tags: Tag[]
  primaryTag: Tag | null
  authors: { id: string; name: string; slug: string }[]
  wordCount: number
  readingTime: number
  publishedAt: string | null
  scheduledAt: string | null
  createdAt: string
  updatedAt: string
  revision: number
  abilities: { edit: boolean; publish: boolean; delete: boolean }
}

export interface Article extends ArticleSummary {
  doc: EditorDocument
  html: string
}

export interface Pagination {
  page: number
  limit: number
  pages: number
  total: number
  next: number | null
  prev: number | null
}

export interface RevisionInfo {
  revision: number
  status: string
  title: string
  createdAt: string
  createdBy: string | null
}

export interface Media {
  id: string
  url: string
  width: number
  height: number
  alt: string
  caption: string | null
  credit: string | null
}

export interface Settings {
  siteName: string | null
  locale: 'nl' | 'en' | null
  description: string
  navigation: string[]
  homeSections: string[]
  appPromo: { title: string; text: string; appStoreId: string | null; playStoreId: string | null }
}

export interface ApiToken {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}
