import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client.ts";

/**
 * Decides whether a failed query is worth repeating: a 4xx will fail the same way again (an unknown slug stays
 * unknown), while a dropped connection or a 5xx may not.
 * @returns true for at most one retry of network errors and server errors.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (error instanceof ApiError) return error.status === 0 || error.status >= 500;
  return false;
}

/** Creates the app's query cache. The directory changes only when UNESCO designates cities, so data stays fresh long. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}
