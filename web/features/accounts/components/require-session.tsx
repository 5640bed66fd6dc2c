import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { paths } from "../../../lib/paths.ts";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useMe } from "../api/get-me.ts";

/** Props of RequireSession. */
export interface RequireSessionProps {
  /** The page, given the signed-in person. */
  children: (me: MeView) => ReactNode;
}

/**
 * Shows its page to signed-in people only. Visitors are sent to the sign-in page, which brings them back here
 * afterwards; the API refuses them anyway, this only spares them a page of errors.
 */
export function RequireSession({ children }: RequireSessionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <LoadingState label={t("accounts.session.loading")} />;
  if (me.isError)
    return <ErrorState error={me.error} title={t("accounts.session.error")} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={paths.accounts.login(`${location.pathname}${location.search}`)} replace />;
  return <>{children(me.data)}</>;
}
