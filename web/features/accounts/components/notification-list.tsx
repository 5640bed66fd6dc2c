import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { type NotificationItem, useNotifications } from "../api/get-notifications.ts";
import { useMarkNotificationRead } from "../api/mark-notification-read.ts";
import { notificationContent } from "../utils/notification-content.ts";

function NotificationEntry({ item }: { item: NotificationItem }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const markRead = useMarkNotificationRead();
  const content = notificationContent(item.kind, item.payload);
  const unread = item.readAt === null;
  const read = () => {
    if (unread && !markRead.isPending) markRead.mutate(item.id);
  };

  return (
    <li className={unread ? "notification notification--unread" : "notification"}>
      <p className="notification__text">
        {unread && <span className="notification__dot" aria-hidden="true" />}
        {unread && <span className="visually-hidden">{t("accounts.notifications.unreadMarker")} </span>}
        {content.kind === "other"
          ? t("accounts.notifications.kinds.other", { kind: item.kind })
          : t(`accounts.notifications.kinds.${content.kind}`, { hub: content.hubName ?? "" })}
      </p>
      {content.reason && (
        <blockquote className="notification__reason">
          <p className="notification__reason-label">{t("accounts.notifications.reason")}</p>
          <p>{content.reason}</p>
        </blockquote>
      )}
      <p className="notification__meta">
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
        {content.href && (
          <>
            <span aria-hidden="true"> · </span>
            <Link to={content.href} onClick={read}>
              {content.kind === "application.submitted"
                ? t("accounts.notifications.openReview")
                : t("accounts.notifications.openApplication")}
            </Link>
          </>
        )}
        {unread && (
          <>
            <span aria-hidden="true"> · </span>
            <button type="button" className="button button--link" onClick={read}>
              {t("accounts.notifications.markRead")}
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** The signed-in person's notifications, newest first; unread ones are marked, and opening one marks it read. */
export function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications(true);

  let body: ReactNode;
  if (notifications.isPending) body = <LoadingState label={t("accounts.notifications.loading")} />;
  else if (notifications.isError)
    body = (
      <ErrorState
        error={notifications.error}
        title={t("accounts.notifications.error")}
        onRetry={() => void notifications.refetch()}
      />
    );
  else if (notifications.data.items.length === 0) body = <EmptyState title={t("accounts.notifications.empty")} />;
  else
    body = (
      <>
        <p className="notifications__count" aria-live="polite">
          {t("accounts.notifications.unreadCount", { count: notifications.data.unread })}
        </p>
        <ul className="notifications">
          {notifications.data.items.map((item) => (
            <NotificationEntry key={item.id} item={item} />
          ))}
        </ul>
      </>
    );

  return (
    <div className="notifications-page">
      <title>{t("accounts.notifications.documentTitle")}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("accounts.notifications.title")}
      </h1>
      {body}
    </div>
  );
}
