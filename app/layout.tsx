import type { Metadata } from "next";
import localFont from "next/font/local";
import { FreshnessNotice } from "@/components/freshness/FreshnessNotice";
import { SearchEnhancer } from "@/components/search/SearchEnhancer";
import { SearchField } from "@/components/search/SearchField";
import { getFreshnessNotice } from "@/lib/queries/views/status";
import { siteUrl, socialMetadata } from "@/lib/view/social";
import { SITE_NAME } from "@/lib/view/titles";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "Which state and local law-enforcement agencies have 287(g) agreements with ICE, under which model, since when: from ICE's own published lists.",
  // No title here: each page's preview takes the page's own title.
  ...socialMetadata(),
};

const NAV = [
  ["/agreements", "Agreements"],
  ["/changes", "Changes"],
  ["/pending", "Pending"],
  ["/api", "API"],
  ["/about", "About"],
] as const;

/** The freshness notice with its data; none while there is nothing to say. */
async function Freshness() {
  const freshness = await getFreshnessNotice();
  return freshness && <FreshnessNotice freshness={freshness} />;
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-slate-50">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <a href="/" className="text-lg font-semibold text-slate-900 hover:underline">
              287(g) agreements
            </a>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <a href={href} className="text-slate-900 underline-offset-4 hover:underline">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
            <SearchField id="site-search" />
          </nav>
          <SearchEnhancer />
        </header>
        {/* In the shell, not behind a Suspense boundary: revealed later, it pushed the whole page down (a layout shift
            Lighthouse counted on every page). Its read is one small query, and pages are kept whole anyway. */}
        <Freshness />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-700">
          Data: U.S. Immigration and Customs Enforcement,{" "}
          <a className="underline" href="https://www.ice.gov/identify-and-arrest/287g">
            287(g) participating and pending agencies
          </a>{" "}
          (a U.S. government work, public domain). Values ICE misprinted are repaired, and every repair is recorded.
          Maps: state and county shapes from the U.S. Census Bureau (public domain); place locations from{" "}
          <a className="underline" href="https://www.geonames.org/">
            GeoNames
          </a>{" "}
          (
          <a className="underline" href="https://creativecommons.org/licenses/by/4.0/">
            CC BY 4.0
          </a>
          ).
        </footer>
      </body>
    </html>
  );
}
