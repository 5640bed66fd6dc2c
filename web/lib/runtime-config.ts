import { DEFAULT_RUNTIME_CONFIG, RUNTIME_CONFIG_ELEMENT_ID, RuntimeConfig } from "../../contract/runtime-config.ts";

/**
 * The deployment's runtime config, read from the JSON element the server writes into index.html. A page without
 * it (the Vite dev server) or with a malformed one gets the defaults: the maps then use the offline basemap.
 */
export function readRuntimeConfig(doc: Pick<Document, "getElementById"> = document): RuntimeConfig {
  const text = doc.getElementById(RUNTIME_CONFIG_ELEMENT_ID)?.textContent;
  if (!text) return DEFAULT_RUNTIME_CONFIG;
  try {
    const parsed = RuntimeConfig.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_RUNTIME_CONFIG;
  } catch {
    return DEFAULT_RUNTIME_CONFIG;
  }
}

let cached: RuntimeConfig | undefined;

/** The runtime config of this page, read once. */
export function runtimeConfig(): RuntimeConfig {
  cached ??= readRuntimeConfig();
  return cached;
}
