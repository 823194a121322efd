import type { Metadata } from "next";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { ENDPOINTS } from "@/lib/api/openapi";
import { API_PAGE_SIZE } from "@/lib/api/v1";
import { TableHead } from "@/components/tables/TableHead";

export const metadata: Metadata = { title: "API", description: "A read-only JSON API for ICE's 287(g) lists: agreements, agencies, states, lists and changes." };

export default async function ApiPage() {
  const [cited, link] = await Promise.all([getCitedList(), permalink("/api")]);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">API</h1>
        <p className="max-w-3xl">
          A read-only JSON API, version 1, over the same data and with the same filters as the pages: a page&rsquo;s address
          parameters work unchanged on its API endpoint. Every response names the ICE list it comes from in a <code>source</code>{" "}
          field. Listings come {API_PAGE_SIZE} rows a page, with <code>links.next</code> and <code>links.prev</code> to walk them; the
          tables&rsquo; &ldquo;Download CSV&rdquo; and &ldquo;Download JSON&rdquo; links give every row at once.
        </p>
        <p>
          Machine-readable description: <a className="text-blue-800 underline" href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
        </p>
        <p className="max-w-3xl">
          Every agency in an answer, and in the JSON and CSV downloads, carries <code>agencyPage</code> (<code>agency_page</code> in
          CSV), the absolute address of its page here, and where it is placed, to join Census tables on: <code>countyFips</code>{" "}
          (<code>county_fips</code>, the county&rsquo;s five-digit FIPS code) and <code>censusGeoid</code> (<code>census_geoid</code>,
          the Census area its residents are counted for: a state, a county or a place).
        </p>
        <p className="max-w-3xl">
          A parameter that is not allowed, malformed or given twice gets a <code>400</code> answer naming it, for example{" "}
          <code>{`{"error":{"parameter":"state","message":"is not a U.S. state or territory code (two letters, like TX)"}}`}</code>.
        </p>
      </header>
      {ENDPOINTS.map((e) => (
        <section key={e.path} aria-labelledby={e.path} className="space-y-block">
          <h2 id={e.path} className="text-heading font-mono">GET {e.path}</h2>
          <p>{e.summary}</p>
          {e.notes && (
            <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm">
              {e.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-semibold">Parameters of {e.path}</caption>
              <TableHead dense columns={["Parameter", "Meaning", "Example"]} />
              <tbody>
                {Object.entries(e.view.params).map(([name, p]) => (
                  <tr key={name} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-1 pr-3 font-mono font-normal">{name}</th>
                    <td className="py-1 pr-3">{p.description}</td>
                    <td className="py-1 font-mono">{p.example ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-sm">
            Try it:{" "}
            <a className="break-all font-mono text-blue-800 underline" href={`${e.path}${exampleQuery(e.path)}`}>
              {e.path}
              {exampleQuery(e.path)}
            </a>
          </p>
        </section>
      ))}
      <section aria-labelledby="agency-endpoint" className="space-y-block">
        <h2 id="agency-endpoint" className="text-heading font-mono">GET /api/v1/agencies/&#123;slug&#125;</h2>
        <p>
          One agency&rsquo;s record: every agreement it has or had, with its signed date, MOA and addendum links, first and last
          list, and since when it is no longer listed; and its pending periods. The slug is the one in the agency page&rsquo;s
          address. Try it:{" "}
          <a className="break-all font-mono text-blue-800 underline" href="/api/v1/agencies/al-etowah-county-sheriffs-office">
            /api/v1/agencies/al-etowah-county-sheriffs-office
          </a>
        </p>
      </section>
      <section aria-labelledby="area-endpoints" className="space-y-block">
        <h2 id="area-endpoints" className="text-heading font-mono">GET /api/v1/counties/&#123;fips&#125; and /api/v1/places/&#123;geoid&#125;</h2>
        <p>
          One county (its five-digit FIPS code) or town (its seven-digit Census place GEOID), as its page shows it: every agency whose
          287(g) authority covers it, grouped by how (the county&rsquo;s own, the towns&rsquo;, several counties&rsquo;, statewide), with
          agreements and pending applications, the residents covered and its history; <code>model</code> and <code>asOf</code> as on the
          page. Try it:{" "}
          <a className="break-all font-mono text-blue-800 underline" href="/api/v1/counties/48201">/api/v1/counties/48201</a>,{" "}
          <a className="break-all font-mono text-blue-800 underline" href="/api/v1/places/0446000?model=jail">/api/v1/places/0446000?model=jail</a>
        </p>
      </section>

      <section aria-labelledby="search-endpoint" className="space-y-block">
        <h2 id="search-endpoint" className="text-heading font-mono">GET /api/v1/search</h2>
        <p className="max-w-3xl">
          Counties, towns and cities, ZIP codes and agencies whose names hold the words of <code>q</code>, best first: what the
          search field suggests. Whole words, whatever the case, accents and punctuation; the last word may be unfinished; a
          state&rsquo;s code or name among the words narrows to it. Each match has its <code>kind</code>, <code>label</code>,{" "}
          <code>href</code> (a ZIP code&rsquo;s county page; a ZIP code that spans counties is one match per county, with{" "}
          <code>countyFips</code>) and whether it is <code>exact</code>; <code>totals</code> counts the matches of each kind.
          Parameters: <code>q</code> (required, at most 100 characters) and <code>limit</code> (1 to 25, 25 by default). Try it:{" "}
          <a className="break-all font-mono text-blue-800 underline" href="/api/v1/search?q=Harris&limit=8">
            /api/v1/search?q=Harris&amp;limit=8
          </a>
        </p>
      </section>
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}

function exampleQuery(path: string): string {
  if (path.endsWith("/agreements")) return "?state=tx&model=task-force";
  if (path.endsWith("/agencies")) return "?state=al&type=county";
  if (path.endsWith("/states")) return "?model=task-force&asOf=2025-12-31";
  if (path.endsWith("/changes")) return "?state=fl&change=added";
  return "?kind=pending";
}
