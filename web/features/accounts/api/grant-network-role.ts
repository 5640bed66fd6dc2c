import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import { networkRoleKeys } from "./get-network-roles.ts";

/** What an appointment sends: the person's e-mail address and the role. */
export interface GrantNetworkRoleInput {
  network: string;
  email: string;
  role: "admin" | "assessor";
}

/**
 * `POST /api/networks/{network}/roles`. An address with no account answers 409 naming `body.email`; appointing
 * an administrator is for platform administrators only (403).
 */
export const grantNetworkRole = ({ network, email, role }: GrantNetworkRoleInput) =>
  apiSend<void>("POST", `/networks/${encodeURIComponent(network)}/roles`, { email, role });

/** Appoints a person; the network's role lists (here and in assessments) are refetched. */
export function useGrantNetworkRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantNetworkRole,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkRoleKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["assessments", "assessors"] }),
      ]),
  });
}
