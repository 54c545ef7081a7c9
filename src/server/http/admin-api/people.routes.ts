/** People: the desk lists them (bylines); admins create, change, suspend and remove accounts. */
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { IdParams, Nullable, PersonSchema } from './schemas.js'

const Role = Type.Union([Type.Literal('contributor'), Type.Literal('author'), Type.Literal('editor'), Type.Literal('admin')])
const profile = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ minLength: 3, maxLength: 254 }),
  role: Role,
  slug: Type.String({ minLength: 1, maxLength: 80 }),
  bio: Nullable(Type.String({ maxLength: 2000 })),
  website: Nullable(Type.String({ maxLength: 300 })),
}
const PersonCreate = Type.Object(
  { ...profile, slug: Type.Optional(profile.slug), bio: Type.Optional(profile.bio), website: Type.Optional(profile.website), password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })) },
  { additionalProperties: false },
)
const PersonUpdate = Type.Object(
  { ...Type.Partial(Type.Object(profile)).properties, profileImage: Type.Optional(Nullable(Type.String({ maxLength: 500 }))), status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('suspended')])) },
  { additionalProperties: false },
)
const One = Type.Object({ person: PersonSchema })

export function registerPeopleRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['people']
  app.get('/people', {
    config: { policy: 'desk' },
    schema: { summary: 'Everyone in the newsroom, for bylines', tags, response: { 200: Type.Object({ people: Type.Array(PersonSchema) }) } },
    handler: async () => ({ people: await services.people.listPeople() }),
  })

  app.post('/people', {
    config: { policy: 'managePeople' },
    schema: { summary: 'Create an account', tags, body: PersonCreate, response: { 201: One } },
    handler: async (request, reply) => reply.code(201).send({ person: await services.people.createUser(request.body as Static<typeof PersonCreate>) }),
  })

  app.get('/people/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'One person', tags, params: IdParams, response: { 200: One } },
    handler: async (request) => ({ person: await services.people.getPerson((request.params as { id: string }).id) }),
  })

  app.patch('/people/:id', {
    config: { policy: 'managePeople' },
    schema: { summary: 'Change a profile, role or status (suspending ends every session and token use)', tags, params: IdParams, body: PersonUpdate, response: { 200: One } },
    handler: async (request) => {
      const { id } = request.params as { id: string }
      const person = await services.people.updatePerson(id, request.body as Static<typeof PersonUpdate>)
      if (person.status === 'suspended') await services.auth.signOutEverywhere(id)
      return { person }
    },
  })

  app.delete('/people/:id', {
    config: { policy: 'managePeople' },
    schema: { summary: 'Remove an account without a byline (suspend the others)', tags, params: IdParams, response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      await services.people.deletePerson((request.params as { id: string }).id)
      return reply.code(204).send()
    },
  })
}
