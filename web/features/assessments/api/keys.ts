/** Cache keys of assessments, shared by the queries and the mutations that refresh them. */
export const assessmentKeys = {
  all: ["assessments"] as const,
  frameworks: (network: string) => ["assessments", "frameworks", network] as const,
  framework: (id: string) => ["assessments", "framework", id] as const,
  rounds: (network: string) => ["assessments", "rounds", network] as const,
  round: (id: string) => ["assessments", "round", id] as const,
  roundHub: (id: string, hubId: string) => ["assessments", "round", id, "hub", hubId] as const,
  results: (id: string) => ["assessments", "results", id] as const,
};
