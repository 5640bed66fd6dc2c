/** Builds `<base>?<search>` from a query string given with or without its `?`; an empty one leaves `base` alone. */
const withSearch = (base: string, search: string) =>
  search && !search.startsWith("?") ? `${base}?${search}` : `${base}${search}`;

/**
 * The SPA's routes, in one place so that links, redirects and the router agree.
 * Change together with the route table in `web/app/router.tsx`.
 */
export const paths = {
  home: () => "/",
  cities: {
    /** The directory; `search` is a query string built by the directory's filter helpers, with or without `?`. */
    directory: (search = "") => withSearch("/cities", search),
    /** A city page, e.g. `/cities/hanoi`. */
    detail: (slug: string) => `/cities/${encodeURIComponent(slug)}`,
  },
  hubs: {
    /** The public map and list of member hubs; `search` is built by the hub filter helpers. */
    directory: (search = "") => withSearch("/hubs", search),
    /** A hub's public page, e.g. `/hubs/nha-tu-hoa-lo`. */
    detail: (slug: string) => `/hubs/${encodeURIComponent(slug)}`,
  },
  accounts: {
    /** Sign-in; `next` is where to go afterwards (a path of this site). */
    login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : "/login"),
    /** Sign-up; `next` as for `login`. */
    register: (next?: string) => (next ? `/register?next=${encodeURIComponent(next)}` : "/register"),
    /** The signed-in person's dashboard: the hubs they manage and their applications. */
    dashboard: () => "/me",
    notifications: () => "/notifications",
  },
  myHubs: {
    /** Registering a new hub profile. */
    create: () => "/me/hubs/new",
    /** Managing one hub: profile, contacts, history, application; `search` carries the history page. */
    manage: (id: string, search = "") => withSearch(`/me/hubs/${encodeURIComponent(id)}`, search),
  },
  membership: {
    /** An application to join a network, as its applicant sees and edits it. */
    application: (id: string) => `/applications/${encodeURIComponent(id)}`,
    /** The reviewers' queue; `search` is built by the queue's filter helpers. */
    queue: (search = "") => withSearch("/review", search),
    /** The decision screen of one application. */
    decision: (id: string) => `/review/${encodeURIComponent(id)}`,
  },
  assessments: {
    /** A network's criteria frameworks and assessment rounds, e.g. `/networks/hanoi/assessments`. */
    home: (network: string) => `/networks/${encodeURIComponent(network)}/assessments`,
    /** One framework version: its tree, and its editor while unlocked. */
    framework: (id: string) => `/frameworks/${encodeURIComponent(id)}`,
    /** A round: its hubs, assessors, progress and flags. */
    round: (id: string) => `/rounds/${encodeURIComponent(id)}`,
    /** A hub in a round: the self-assessment form, an assessor's scoring form, the submissions. */
    roundHub: (id: string, hubId: string) => `/rounds/${encodeURIComponent(id)}/hubs/${encodeURIComponent(hubId)}`,
    /** A round's results: table, charts, what-if. */
    results: (id: string) => `/rounds/${encodeURIComponent(id)}/results`,
  },
  /** Swagger UI of the public API, served by the API server itself. */
  apiDocs: () => "/api/docs",
} as const;

/**
 * Where to go after signing in: the given path when it is a path of this site, the fallback otherwise. An
 * absolute or protocol-relative URL in `?next=` would otherwise send people to another site after they sign in.
 * @example safeNextPath("/applications/42", "/me") // "/applications/42"
 * @example safeNextPath("//evil.example/", "/me") // "/me"
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
