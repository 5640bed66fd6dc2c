import { useSearchParams } from "react-router";
import { RegisterForm } from "../../features/accounts/components/register-form.tsx";
import { paths, safeNextPath } from "../../lib/paths.ts";

/** `/register?next=…`: sign-up, then on to the dashboard (where a new hub is registered) or back. */
export function RegisterRoute() {
  const [searchParams] = useSearchParams();
  return <RegisterForm next={safeNextPath(searchParams.get("next"), paths.accounts.dashboard())} />;
}
