import { apiError, apiRoute } from "@/lib/api/v1";
import { toCsv } from "@/lib/export/csv";
import { downloadName, TABLES, type TableName } from "@/lib/export/tables";
import { FORWARDED_VARY, linksVaryOnForwarded, publicOrigin } from "@/lib/http/origin";
import { TABLE_LOADERS } from "@/lib/queries/views/tables";
import { tableNotes } from "@/lib/view/filters";

export const dynamic = "force-dynamic";

/** /download/<table>.csv or .json: every row the filters match, whatever page the view was on. */
async function download(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const m = /^([a-z-]+)\.(csv|json)$/.exec(file);
  if (!m || !Object.hasOwn(TABLES, m[1])) return apiError("file", `no such download; available: ${Object.keys(TABLES).flatMap((t) => [`${t}.csv`, `${t}.json`]).join(", ")}`, 404);
  const table = TABLES[m[1] as TableName];
  const load = TABLE_LOADERS[m[1] as TableName];
  const format = m[2];
  const parsed = table.view.parseStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(parsed.error.parameter, parsed.error.message);
  // The table types differ per view; each table's loader takes its own view's values.
  const loaded = await (load as (v: unknown, p: "all") => ReturnType<typeof load>)(parsed.values, "all");
  // A county's or a town's list needs its code: none, or one the Census Bureau does not have, is an error.
  const area = "unknownArea" in loaded ? loaded.unknownArea : null;
  if (area) return area.code ? apiError(area.parameter, `no ${area.parameter === "county" ? "county has this FIPS code" : "Census place has this GEOID"}`, 404) : apiError(area.parameter, "is required");
  // The filters as the URL writes them (state=tx, model=jail,wso), without the page: a download is whole.
  const query = (table.view.serialize as (v: unknown) => string)({ ...parsed.values, page: 1 });
  const filters = Object.fromEntries(new URLSearchParams(query.slice(1)));
  const name = downloadName(m[1] as TableName, parsed.values as { state?: string | null; model?: never[] }, loaded.list);
  // Absolute agency pages in both formats, from the one origin rule (lib/http/origin.ts).
  const context = { origin: publicOrigin(request) };
  const vary = linksVaryOnForwarded() && { Vary: FORWARDED_VARY };
  if (format === "csv") {
    const csv = toCsv(loaded.source, table.columns as never, loaded.rows as never[], context);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
        // The agency links name the public origin; when the forwarded headers choose it, a shared cache must key on them.
        ...vary,
      },
    });
  }
  const body = {
    source: loaded.source,
    list: loaded.list && { kind: loaded.list.kind.toLowerCase(), publishedOn: loaded.list.publishedOn, file: loaded.list.fileName },
    notes: tableNotes(loaded).map((n) => n.message),
    filters,
    count: loaded.rows.length,
    rows: loaded.rows.map((r) => (table.json as (r: unknown, c: typeof context) => Record<string, unknown>)(r, context)),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.json"`, ...vary },
  });
}

export const GET = apiRoute(download);
