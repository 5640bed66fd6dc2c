import { z } from "zod";

/** An e-mail address, trimmed and lower-cased so one person has one account. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be an e-mail address" }));

/** Body of `POST /api/auth/register`. */
export const RegisterBody = z.object({
  email: Email,
  /** At least 10 characters; long passphrases welcome. */
  password: z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters"),
  /** Display name, stored NFC. */
  name: z.string().trim().normalize("NFC").min(1, "must not be empty").max(120, "must be at most 120 characters"),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

/** Body of `POST /api/auth/login`. */
export const LoginBody = z.object({
  email: Email,
  password: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
});

/** A role held in one network. */
export const NetworkRole = z.object({
  networkId: z.string(),
  networkSlug: z.string(),
  role: z.enum(["admin", "assessor"]),
});

/** The signed-in person, as `GET /api/auth/me` shows them. */
export const MeView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isPlatformAdmin: z.boolean(),
  networkRoles: z.array(NetworkRole),
  managedHubIds: z.array(z.string()),
});
export type MeView = z.infer<typeof MeView>;

/** A notification in the signed-in person's inbox. */
export const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export const NotificationList = z.object({ items: z.array(NotificationView), unread: z.number().int() });

/** Body of `POST /api/networks/{slug}/roles` (platform administrators; network administrators for assessors). */
export const GrantRoleBody = z.object({ email: Email, role: z.enum(["admin", "assessor"]) });

/** People holding roles in a network, as its administrators see them. */
export const NetworkPeople = z.object({
  items: z.array(
    z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(["admin", "assessor"]) }),
  ),
});
export type NetworkPeople = z.infer<typeof NetworkPeople>;
