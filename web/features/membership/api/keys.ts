/** Cache keys of the membership feature, shared by its queries and the mutations that refresh them. */
export const membershipKeys = {
  all: ["applications"] as const,
  lists: () => ["applications", "list"] as const,
  list: (params: Record<string, unknown>) => ["applications", "list", params] as const,
  detail: (id: string) => ["applications", "detail", id] as const,
  questions: (network: string) => ["membership", "questions", network] as const,
};
