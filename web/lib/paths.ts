/**
 * The SPA's routes, in one place so that links, redirects and the router agree.
 * Change together with the route table in `web/app/router.tsx`.
 */
export const paths = {
  home: () => "/",
  cities: {
    /** The directory; `search` is a query string built by the directory's filter helpers, with or without `?`. */
    directory: (search = "") => (search && !search.startsWith("?") ? `/cities?${search}` : `/cities${search}`),
    /** A city page, e.g. `/cities/hanoi`. */
    detail: (slug: string) => `/cities/${encodeURIComponent(slug)}`,
  },
  /** Swagger UI of the public API, served by the API server itself. */
  apiDocs: () => "/api/docs",
} as const;
