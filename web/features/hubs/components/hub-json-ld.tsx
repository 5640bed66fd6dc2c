import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { hubJsonLd, serializeJsonLd } from "../utils/hub-json-ld.ts";

/** Props of HubJsonLd. */
export interface HubJsonLdProps {
  hub: HubView;
  /** Absolute URL of the hub's page. */
  pageUrl: string;
}

/**
 * The hub's schema.org metadata as a JSON-LD data block. The JSON is text content, never parsed as HTML, and
 * `serializeJsonLd` escapes `<` so the block cannot be closed from inside a hub's name.
 */
export function HubJsonLd({ hub, pageUrl }: HubJsonLdProps) {
  return <script type="application/ld+json">{serializeJsonLd(hubJsonLd(hub, pageUrl))}</script>;
}
