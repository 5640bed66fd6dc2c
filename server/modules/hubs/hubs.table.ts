import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors server/db/migrations/0002_hubs_network.sql. Hub rows are read and written with SQL in
// hubs.repository.ts; this file gives other modules the tables they reference.

/** Who manages which hub. */
export const hubManagers = pgTable(
  "hub_managers",
  {
    hubId: uuid("hub_id").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.userId] })],
);
