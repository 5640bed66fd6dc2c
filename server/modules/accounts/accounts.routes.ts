import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  GrantRoleBody,
  LoginBody,
  MeView,
  NetworkPeople,
  NotificationList,
  RegisterBody,
} from "../../../contract/api/accounts.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import { type Actor, requireAllowed, signedIn } from "../../http/actor.ts";
import { NotFoundError } from "../../http/errors.ts";
import { canManageNetworkRole, canSeeNetworkRoles } from "./accounts.policy.ts";
import { type AccountsService, SESSION_DAYS } from "./accounts.service.ts";

/** Name of the session cookie: HTTP-only, SameSite=Lax, Secure over HTTPS. */
export const SESSION_COOKIE = "cn_session";

const tags = ["Accounts"];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
  500: ErrorBody,
};

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: req.protocol === "https",
    maxAge: SESSION_DAYS * 86_400,
  });
}

const meta = (req: FastifyRequest) => ({ userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null, ip: req.ip });

/** Sign-up, sign-in, sign-out, the current person and their notifications. */
export const accountsRoutes: FastifyPluginAsyncZod<{
  accounts: AccountsService;
  /** Finds a network by slug (the hubs module owns networks). */
  networkBySlug: (slug: string) => Promise<{ id: string } | undefined>;
}> = async (app, { accounts, networkBySlug }) => {
  /** The network the path's slug names (404 if none), once `allowed` says the caller may act on it (403 if not). */
  async function networkFor(actor: Actor, slug: string, allowed: (networkId: string) => boolean, refusal?: string) {
    const network = await networkBySlug(slug);
    if (!network) throw NotFoundError(`No network "${slug}"`);
    requireAllowed(actor, allowed(network.id), refusal);
    return network;
  }

  app.get(
    "/networks/:slug/roles",
    {
      schema: {
        tags,
        summary: "People holding roles in a network (its administrators only)",
        params: z.object({ slug: z.string().min(1).max(100) }),
        querystring: z.object({ role: z.enum(["admin", "assessor"]).optional() }),
        response: { 200: NetworkPeople, ...errors },
      },
    },
    async (req) => {
      const actor = signedIn(req);
      const network = await networkFor(
        actor,
        req.params.slug,
        (id) => canSeeNetworkRoles(actor, id),
        "Only the network's administrators see who holds its roles",
      );
      return { items: await accounts.networkPeople(network.id, req.query.role) };
    },
  );

  app.post(
    "/networks/:slug/roles",
    {
      schema: {
        tags,
        summary: "Give a person a role in a network",
        description:
          "Platform administrators appoint network administrators; a network's administrators appoint its assessors.",
        params: z.object({ slug: z.string().min(1).max(100) }),
        body: GrantRoleBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = signedIn(req);
      const network = await networkFor(
        actor,
        req.params.slug,
        (id) => canManageNetworkRole(actor, id, req.body.role),
        req.body.role === "admin" ? "Only platform administrators appoint network administrators" : undefined,
      );
      await accounts.grantNetworkRole(network.id, req.body.email, req.body.role, actor);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/networks/:slug/roles/:role/:userId",
    {
      schema: {
        tags,
        summary: "Take a role in a network away from a person",
        description:
          "Platform administrators revoke network administrators; a network's administrators revoke its assessors. " +
          "A role the person does not hold (any more) is 404.",
        params: z.object({
          slug: z.string().min(1).max(100),
          role: z.enum(["admin", "assessor"], { error: "must be admin or assessor" }),
          userId: z.uuid({ error: "must be a UUID" }),
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = signedIn(req);
      const network = await networkFor(
        actor,
        req.params.slug,
        (id) => canManageNetworkRole(actor, id, req.params.role),
        req.params.role === "admin"
          ? "Only platform administrators revoke network administrators"
          : "Only the network's administrators revoke its assessors",
      );
      await accounts.revokeNetworkRole(network.id, req.params.userId, req.params.role, actor);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/auth/register",
    {
      schema: {
        tags,
        summary: "Create an account and sign in",
        body: RegisterBody,
        response: { 201: MeView, ...errors },
      },
    },
    async (req, reply) => {
      const { user, token } = await accounts.register(req.body, meta(req));
      setSessionCookie(req, reply, token);
      return reply.code(201).send({
        id: user.id,
        email: user.email,
        name: user.name,
        isPlatformAdmin: user.isPlatformAdmin,
        networkRoles: [],
        managedHubIds: [],
      });
    },
  );

  app.post(
    "/auth/login",
    { schema: { tags, summary: "Sign in", body: LoginBody, response: { 200: MeView, ...errors } } },
    async (req, reply) => {
      const { token } = await accounts.login(req.body.email, req.body.password, meta(req));
      setSessionCookie(req, reply, token);
      const actor = await accounts.actorFromToken(token);
      return accounts.me(actor!);
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags, summary: "Sign out (revokes the session)", response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await accounts.logout(token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/auth/me",
    { schema: { tags, summary: "The signed-in person", response: { 200: MeView, ...errors } } },
    async (req) => accounts.me(signedIn(req)),
  );

  app.get(
    "/notifications",
    { schema: { tags, summary: "My notifications", response: { 200: NotificationList, ...errors } } },
    async (req) => accounts.inbox(signedIn(req).userId),
  );

  app.post(
    "/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark a notification read",
        params: z.object({ id: z.uuid({ error: "must be a UUID" }) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      if (!(await accounts.markRead(signedIn(req).userId, req.params.id)))
        throw NotFoundError("No such unread notification");
      return reply.code(204).send(null);
    },
  );
};
