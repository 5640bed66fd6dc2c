import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { createQueryClient } from "../lib/query-client.ts";

/** Props of AppProviders. */
export interface AppProvidersProps {
  children: ReactNode;
}

/** Everything the pages rely on: the query cache (i18next is initialised once in main.tsx, before rendering). */
export function AppProviders({ children }: AppProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
