/** Articles and pages in the desk: list, read, write, move through the workflow, revisions, preview. */
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { ArticleInput, ArticleStatus, ArticleUpdate } from '../../modules/articles/index.js'
import type { PreviewLinks } from '../../modules/auth/index.js'
import type { Services } from '../../services.js'
import {
  ArticleCreateBody,
  ArticleListQuery,
  ArticleSchema,
  ArticleSummarySchema,
  ArticleUpdateBody,
  presentArticle,
  presentArticleSummary,
  RevisionBody,
  ScheduleBody,
} from './articles.schemas.js'
import { callerOf } from './policy.js'
import { Id, IdParams, iso, Nullable, paginationMeta, Pagination, Time } from './schemas.js'

type CreateBody = Static<typeof ArticleCreateBody>
type UpdateBody = Static<typeof ArticleUpdateBody>

/** API times are ISO strings; the modules count epoch milliseconds. */
function toInput<T extends CreateBody | UpdateBody>(body: T): Omit<T, 'publishedAt'> & { publishedAt?: number } {
  const { publishedAt, ...rest } = body
  return { ...rest, ...(publishedAt !== undefined ? { publishedAt: Date.parse(publishedAt) } : {}) }
}

const One = Type.Object({ article: ArticleSchema })
const Revision = Type.Object({ revision: Type.Integer(), status: Type.String(), title: Type.String(), createdAt: Time, createdBy: Nullable(Id) })

export function registerArticleRoutes(app: FastifyInstance, services: Services, deps: { siteUrl: string; previews: PreviewLinks }): void {
  const { articles } = services
  const tags = ['articles']

  app.get('/articles', {
    config: { policy: 'desk' },
    schema: { summary: 'Articles and pages in every status, newest change first', tags, querystring: ArticleListQuery, response: { 200: Type.Object({ articles: Type.Array(ArticleSummarySchema), meta: Pagination }) } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const query = request.query as Static<typeof ArticleListQuery>
      const page = query.page ?? 1
      const limit = query.limit ?? 20
      const status = query.status?.split(',') as ArticleStatus[] | undefined
      const result = await articles.listForDesk(actor, { ...query, status, page, limit })
      return { articles: result.articles.map((a) => presentArticleSummary(actor, a, deps.siteUrl)), meta: paginationMeta(page, limit, result.total) }
    },
  })

  app.post('/articles', {
    config: { policy: 'desk' },
    schema: { summary: 'Write a new draft (an article, or a page for editors)', tags, body: ArticleCreateBody, response: { 201: One } },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      const article = await articles.createArticle(actor, toInput(request.body as CreateBody) as ArticleInput)
      return reply.code(201).send({ article: presentArticle(actor, article, deps.siteUrl) })
    },
  })

  app.get('/articles/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'One article with its document', tags, params: IdParams, response: { 200: One } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const { id } = request.params as { id: string }
      return { article: presentArticle(actor, await articles.getArticleFor(actor, id), deps.siteUrl) }
    },
  })

  app.patch('/articles/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'Change fields; `revision` must be the one the edit started from (else 409)', tags, params: IdParams, body: ArticleUpdateBody, response: { 200: One } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const { id } = request.params as { id: string }
      const article = await articles.updateArticle(actor, id, toInput(request.body as UpdateBody) as ArticleUpdate)
      return { article: presentArticle(actor, article, deps.siteUrl) }
    },
  })

  app.delete('/articles/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'Delete a draft that was never published', tags, params: IdParams, response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      await articles.deleteArticle(actor, (request.params as { id: string }).id)
      return reply.code(204).send()
    },
  })

  const actions = {
    submit: { summary: 'Submit a draft for review', policy: 'desk', run: articles.submitForReview },
    publish: { summary: 'Publish now', policy: 'publishOwn', run: (actor, id, revision) => articles.publishArticle(actor, id, { revision }) },
    unpublish: { summary: 'Back to draft; the public URL answers 410', policy: 'publishOwn', run: articles.unpublishArticle },
    archive: { summary: 'Withdraw for good (410, out of every list)', policy: 'publishOwn', run: articles.archiveArticle },
  } satisfies Record<string, { summary: string; policy: 'desk' | 'publishOwn'; run: (actor: Parameters<typeof articles.submitForReview>[0], id: string, revision?: number) => ReturnType<typeof articles.submitForReview> }>

  for (const [name, action] of Object.entries(actions)) {
    app.post(`/articles/:id/${name}`, {
      config: { policy: action.policy },
      schema: { summary: action.summary, tags, params: IdParams, body: RevisionBody, response: { 200: One } },
      handler: async (request) => {
        const { actor } = callerOf(request)
        const { id } = request.params as { id: string }
        const revision = (request.body as { revision?: number } | undefined)?.revision
        return { article: presentArticle(actor, await action.run(actor, id, revision), deps.siteUrl) }
      },
    })
  }

  app.post('/articles/:id/schedule', {
    config: { policy: 'publishOwn' },
    schema: { summary: 'Publish at a time in the future', tags, params: IdParams, body: ScheduleBody, response: { 200: One } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const { id } = request.params as { id: string }
      const body = request.body as Static<typeof ScheduleBody>
      return { article: presentArticle(actor, await articles.scheduleArticle(actor, id, Date.parse(body.scheduledAt), body.revision), deps.siteUrl) }
    },
  })

  app.get('/articles/:id/revisions', {
    config: { policy: 'desk' },
    schema: { summary: 'Every saved revision, newest first', tags, params: IdParams, response: { 200: Type.Object({ revisions: Type.Array(Revision) }) } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const revisions = await articles.listRevisions(actor, (request.params as { id: string }).id)
      return { revisions: revisions.map((r) => ({ ...r, createdAt: iso(r.createdAt) })) }
    },
  })

  const RevisionParams = Type.Object({ id: Id, n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })

  app.get('/articles/:id/revisions/:n', {
    config: { policy: 'desk' },
    schema: { summary: 'One revision with every field it kept, to compare', tags, params: RevisionParams, response: { 200: Type.Object({ revision: Type.Composite([Revision, Type.Object({ snapshot: Type.Unknown() })]) }) } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const { id, n } = request.params as { id: string; n: number }
      const revision = await articles.getRevision(actor, id, n)
      return { revision: { ...revision, createdAt: iso(revision.createdAt) } }
    },
  })

  app.post('/articles/:id/revisions/:n/restore', {
    config: { policy: 'desk' },
    schema: { summary: 'Bring back an earlier revision as a new one (the status stays)', tags, params: RevisionParams, body: RevisionBody, response: { 200: One } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      const { id, n } = request.params as { id: string; n: number }
      const article = await articles.restoreRevision(actor, id, n, (request.body as { revision?: number } | undefined)?.revision)
      return { article: presentArticle(actor, article, deps.siteUrl) }
    },
  })

  app.post('/articles/:id/preview', {
    config: { policy: 'desk' },
    schema: { summary: 'A signed link that shows the article in the site design until it expires', tags, params: IdParams, response: { 201: Type.Object({ preview: Type.Object({ url: Type.String(), expiresAt: Time }) }) } },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      const article = await articles.getArticleFor(actor, (request.params as { id: string }).id)
      const { token, expiresAt } = deps.previews.create(article.id)
      return reply.code(201).send({ preview: { url: `${deps.siteUrl}/preview/${token}/`, expiresAt: iso(expiresAt) } })
    },
  })
}
