import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import { networkRoleKeys } from "./get-network-roles.ts";

/** Which role of whom to take away. */
export interface RevokeNetworkRoleInput {
  network: string;
  userId: string;
  role: "admin" | "assessor";
}

/**
 * `DELETE /api/networks/{network}/roles/{role}/{userId}`. A role already taken away answers 404; revoking an
 * administrator is for platform administrators only (403).
 */
export const revokeNetworkRole = ({ network, userId, role }: RevokeNetworkRoleInput) =>
  apiSend<void>(
    "DELETE",
    `/networks/${encodeURIComponent(network)}/roles/${encodeURIComponent(role)}/${encodeURIComponent(userId)}`,
  );

/** Takes a role away; the role lists are refetched whatever the answer (a 404 means the list was stale). */
export function useRevokeNetworkRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeNetworkRole,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkRoleKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["assessments", "assessors"] }),
      ]),
  });
}
