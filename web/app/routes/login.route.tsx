import { useSearchParams } from "react-router";
import { LoginForm } from "../../features/accounts/components/login-form.tsx";
import { paths, safeNextPath } from "../../lib/paths.ts";

/** `/login?next=…`: sign-in, then back to where the person came from (their dashboard by default). */
export function LoginRoute() {
  const [searchParams] = useSearchParams();
  return <LoginForm next={safeNextPath(searchParams.get("next"), paths.accounts.dashboard())} />;
}
