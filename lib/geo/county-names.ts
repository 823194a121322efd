// What a county is called on screen, from its FIPS code and its Census name: kept apart from the gazetteer so the
// maps can label counties without loading it.

export type CountyKind = "county" | "parish" | "borough" | "city" | "municipio" | "region" | "district" | "island";

export function countyKind(fips: string): CountyKind {
  const st = fips.slice(0, 2);
  const code = Number(fips.slice(2));
  if (st === "22") return "parish";
  if (st === "02") return "borough";
  if (st === "72") return "municipio";
  if (st === "09") return "region";
  if (st === "11") return "district";
  if (["60", "66", "69", "78"].includes(st)) return "island";
  // Independent cities: Virginia's, Baltimore, St. Louis and Carson City have county codes of 500 and up.
  if (code >= 500 && ["51", "24", "29", "32"].includes(st)) return "city";
  return "county";
}

export function countyLabel(name: string, kind: CountyKind): string {
  switch (kind) {
    case "county":
      return `${name} County`;
    case "parish":
      return `${name} Parish`;
    case "city":
      return /city$/i.test(name) ? name : `${name} city`;
    case "municipio":
      return `${name} Municipio`;
    case "region":
      return `${name} Planning Region`;
    default:
      return name;
  }
}

/** "Harris County", "Orleans Parish", "Baltimore city" from a county's FIPS code and Census name. */
export const countyLabelOf = (fips: string, name: string) => countyLabel(name, countyKind(fips));
