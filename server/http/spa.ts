import { RUNTIME_CONFIG_ELEMENT_ID, type RuntimeConfig } from "../../contract/runtime-config.ts";

/**
 * index.html with the runtime config written in before `</head>`, as JSON the page reads and never executes.
 * `<` is escaped so that no value (an attribution with `</script>`, say) can close the element early.
 */
export function withRuntimeConfig(html: string, config: RuntimeConfig): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const element = `<script id="${RUNTIME_CONFIG_ELEMENT_ID}" type="application/json">${json}</script>`;
  const at = html.indexOf("</head>");
  if (at < 0) throw new Error("index.html has no </head>: cannot write the runtime config");
  return `${html.slice(0, at)}${element}${html.slice(at)}`;
}
