import { useTranslation } from "react-i18next";
import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

const TONES: Record<HubView["status"], BadgeTone> = {
  applicant: "info",
  member: "success",
  suspended: "warning",
  closed: "neutral",
};

/** A hub's status in words: applicant, member, suspended or closed. */
export function HubStatusBadge({ status }: { status: HubView["status"] }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`hubs.status.${status}`)}</Badge>;
}
