import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";

/** The last decision (changes requested, accepted, rejected) in words, with the reviewer's reason the applicant reads. */
export function DecisionCallout({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = application.status;
  if (!application.lastReason || !["changes_requested", "accepted", "rejected"].includes(status)) return null;
  const tone = status === "accepted" ? "success" : status === "rejected" ? "error" : "warning";
  const decidedAt = [...application.events].reverse().find((event) => event.toStatus === status)?.at;
  return (
    <section className={`notice notice--${tone}`} aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="notice__title">
        {t(`membership.decision.heading.${status as "accepted"}`)}
      </h2>
      <blockquote className="reason">
        <p className="reason__label">{t("membership.decision.reasonLabel")}</p>
        <p className="reason__text">{application.lastReason}</p>
      </blockquote>
      {decidedAt && (
        <p className="notice__meta">
          <time dateTime={decidedAt}>{formatDateTime(decidedAt, language)}</time>
        </p>
      )}
    </section>
  );
}
