// The domain's words are written once in lib/domain; the database's enums must name the same values, so a schema
// change that adds or renames one fails here instead of showing up as a missing label or a rejected URL.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AgencyType, ChangeKind, ListKind, Model } from "../../../lib/db/generated/enums";
import { AGENCY_TYPE_LABEL, AGENCY_TYPE_SLUG, AGENCY_TYPES, type AgencyTypeCode } from "../../../lib/domain/agency-types";
import { CHANGE_KINDS } from "../../../lib/domain/changes";
import { LIST_KINDS, type ListKind as DomainListKind } from "../../../lib/domain/lists";
import { MODEL_ICE_SPELLING, MODEL_LABEL, MODEL_SLUG, MODELS, type ModelCode } from "../../../lib/domain/models";
import { PENDING_OUTCOMES } from "../../../lib/domain/pending";

// The same check for the compiler: each type is exactly the enum's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [Same<AgencyTypeCode, AgencyType>, Same<DomainListKind, ListKind>, Same<ModelCode, Model>] = [true, true, true];

const sorted = (xs: readonly string[]) => [...xs].sort();

describe("lib/domain against the database's enums", () => {
  it("has the types the compiler agrees on", () => {
    expect(sameTypes).toEqual([true, true, true]);
  });

  it("names every agency type, list kind and model of the schema, and no other", () => {
    expect(sorted(AGENCY_TYPES)).toEqual(sorted(Object.values(AgencyType)));
    expect(sorted(LIST_KINDS)).toEqual(sorted(Object.values(ListKind)));
    expect(sorted(MODELS)).toEqual(sorted(Object.values(Model)));
    expect(sorted(CHANGE_KINDS)).toEqual(sorted(Object.values(ChangeKind)));
  });

  it("gives every value a label and a slug, the slugs distinct", () => {
    for (const [values, ...records] of [
      [AGENCY_TYPES, AGENCY_TYPE_LABEL, AGENCY_TYPE_SLUG],
      [MODELS, MODEL_LABEL, MODEL_SLUG, MODEL_ICE_SPELLING],
    ] as const) {
      for (const r of records) expect(sorted(Object.keys(r))).toEqual(sorted(values));
    }
    expect(new Set(Object.values(AGENCY_TYPE_SLUG)).size).toBe(AGENCY_TYPES.length);
    expect(new Set(Object.values(MODEL_SLUG)).size).toBe(MODELS.length);
  });
});

describe("the words the queries compute", () => {
  // Change kinds and pending outcomes are worked out in SQL: the words the SQL writes must be the domain's.
  const source = (file: string) => readFileSync(path.join(import.meta.dirname, "../../../lib/queries", file), "utf8");

  it("names every change kind the function that stores the changes writes, in the order it finds them", () => {
    // Stored at import by refresh_list_changes (its column is the ChangeKind enum, checked above).
    const sql = readFileSync(path.join(import.meta.dirname, "../../../prisma/migrations/20261203100000_list_change/migration.sql"), "utf8");
    const written = [...sql.matchAll(/\('([a-z]+)'::"ChangeKind"/g)].map((m) => m[1]);
    expect(written).toEqual([...CHANGE_KINDS]);
  });

  it("names every outcome the pending query writes", () => {
    // Stored at import by refresh_pending_applications (lib/queries/pending.ts reads them).
    const sql = readFileSync(path.join(import.meta.dirname, "../../../prisma/migrations/20261204130000_pending_application/migration.sql"), "utf8");
    const written = [...sql.matchAll(/(?:THEN|ELSE) '([a-z]+)'(?= END|\n)/g)].map((m) => m[1]);
    expect(sorted(written)).toEqual(sorted(PENDING_OUTCOMES));
  });
});
