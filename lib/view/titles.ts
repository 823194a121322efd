// Every page's title follows one pattern, so tabs, bookmarks and search results read alike:
//   "<What>[ in <State>][: <models>][, as of <Month D, YYYY>] · 287(g) agreements dashboard"
// The layout's title template adds the site's name; `what` names the page's subject in the domain's words.
import { MODEL_LABEL, MODELS, type ModelCode } from "../domain/models";
import { stateName } from "../domain/states";
import { formatDay } from "./format";

export const SITE_NAME = "287(g) agreements dashboard";

export function pageTitle(what: string, filters: { state?: string | null; model?: ModelCode[]; asOf?: string | null } = {}): string {
  const models = MODELS.filter((m) => filters.model?.includes(m)).map((m) => MODEL_LABEL[m]);
  return [
    what,
    filters.state ? ` in ${stateName(filters.state)}` : "",
    models.length ? `: ${models.join(" or ")}` : "",
    filters.asOf ? `, as of ${formatDay(filters.asOf)}` : "",
  ].join("");
}
