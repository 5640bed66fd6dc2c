import { NotificationList } from "../../features/accounts/components/notification-list.tsx";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";

/** `/notifications`: the signed-in person's inbox. */
export function NotificationsRoute() {
  return <RequireSession>{() => <NotificationList />}</RequireSession>;
}
