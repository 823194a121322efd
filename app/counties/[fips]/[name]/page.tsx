import { notFound, permanentRedirect } from "next/navigation";
import { stateCode } from "@/lib/domain/states";
import { findCountyNamed } from "@/lib/queries/areas";
import { hasUnsafeCharacter } from "@/lib/view/filters";
import { countyHref } from "@/lib/view/links";

// A friendly address (`/counties/tx/harris`, `/counties/la/orleans-parish`): a permanent redirect to the county's
// own address by its FIPS code, or the county pages' 404 with a search box when no one county has that name.
export const dynamic = "force-dynamic";

export default async function CountyAlias({ params }: { params: Promise<{ fips: string; name: string }> }) {
  const { fips: code, name } = await params;
  const state = stateCode(code);
  if (!state || name.length > 100 || hasUnsafeCharacter(name)) notFound();
  const fips = await findCountyNamed(state, name);
  if (!fips) notFound();
  permanentRedirect(countyHref(fips));
}
