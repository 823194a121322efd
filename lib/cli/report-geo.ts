// npm run report:geo: how well the agencies of the newest participating list are placed on the map.
// --recompute places every agency again first (what the importer does after each import).
import type { PrismaClient } from "../db/generated/client";
import { recomputePlacements } from "../geo/recompute";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ATLAS_PATH } from "../geo/gazetteer";
import { geoReport } from "../geo/report";
import { prepareShapes } from "../geo/shapes";
import { run, withDatabase } from "./database";

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : "n/a");

run(async () => {
  await withDatabase(async (db) => {
    if (process.argv.includes("--recompute")) await db.$transaction(async (tx) => recomputePlacements(tx as unknown as PrismaClient), { timeout: 60_000 });
    const r = await geoReport(db);
    console.log(`Newest participating list: ${r.snapshot.publishedOn} (${r.snapshot.fileName}), ${r.agreements} agreements`);
    console.log(`Placed on a county or a place: ${r.placed} of ${r.agreements} agreements (${pct(r.placed, r.agreements)})`);
    console.log(`  by level:  ${Object.entries(r.byLevel).map(([k, v]) => `${k.toLowerCase()} ${v}`).join(" · ")}`);
    console.log(`  by method: ${Object.entries(r.byMethod).map(([k, v]) => `${k.toLowerCase().replace("_", " ")} ${v}`).join(" · ")}`);
    console.log(`Agree with ICE's COUNTY column, where it names a county: ${r.agreeWithIce} of ${r.withIceCounty} (${pct(r.agreeWithIce, r.withIceCounty)})`);
    console.log(`\nUnplaced agencies (${r.unplaced.length}):`);
    for (const u of r.unplaced) console.log(`  ${u.state}  ${u.name}  [ICE county: ${u.county ?? "none"}]  ${u.agreements} agreement(s): ${u.note}`);
    console.log(`\nPlaced on another county than ICE's COUNTY column (${r.disagreements.length}):`);
    for (const d of r.disagreements) console.log(`  ${d.state}  ${d.name}  [ICE county: ${d.county}]  placed on ${d.placedOn}: ${d.note}`);

    const kb = (s: string | Buffer) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB (${(gzipSync(s).length / 1024).toFixed(0)} KB gzip)`;
    const shapes = prepareShapes();
    const counties = [...shapes].filter(([n]) => n.startsWith("counties/")).sort((a, b) => b[1].length - a[1].length);
    console.log(`\nMap shapes sent to browsers (public/geo/):`);
    console.log(`  national view, states.json: ${kb(shapes.get("states.json")!)}`);
    console.log(`  largest state view, ${counties[0][0]}: ${kb(counties[0][1])}`);
    console.log(`  (the whole county atlas they replace: ${kb(readFileSync(ATLAS_PATH))})`);
  });
});
