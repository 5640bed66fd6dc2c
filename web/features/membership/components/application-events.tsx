import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { APPLICATION_STATUSES } from "../utils/application-status.ts";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";

type Status = ApplicationView["status"];
const isStatus = (value: string | null): value is Status =>
  value !== null && (APPLICATION_STATUSES as readonly string[]).includes(value);

/** Props of ApplicationEvents. */
export interface ApplicationEventsProps {
  events: ApplicationView["events"];
}

/** An application's history: every change of state, who made it, when, and the reason given. Newest first. */
export function ApplicationEvents({ events }: ApplicationEventsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (events.length === 0) return <p>{t("membership.events.empty")}</p>;
  return (
    <ol className="history application-events">
      {[...events].reverse().map((event) => (
        <li key={`${event.at}-${event.toStatus}`} className="history-entry">
          <p className="history-entry__head">
            <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
            <span aria-hidden="true"> · </span>
            <strong>{event.actorName ?? t("membership.events.system")}</strong>
          </p>
          <p className="application-events__move">
            {isStatus(event.fromStatus) ? (
              <>
                <ApplicationStatusBadge status={event.fromStatus} />
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t("membership.events.to")} </span>
              </>
            ) : (
              <span>{t("membership.events.created")} </span>
            )}
            {isStatus(event.toStatus) ? <ApplicationStatusBadge status={event.toStatus} /> : event.toStatus}
          </p>
          {event.reason && (
            <blockquote className="reason">
              <p className="reason__label">{t("membership.events.reason")}</p>
              <p className="reason__text">{event.reason}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
