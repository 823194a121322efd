import "server-only";
import { prisma } from "../db/client";
import * as reads from "../geo/reads";
import { geoReport } from "../geo/report";

// The map's reads for pages; the queries themselves live in lib/geo/reads.ts, where tests call them directly.
export type { AgencyPlacementView, CountyCounts, ListAsOf, PlacedAgency, StateCounts } from "../geo/reads";

export const getParticipatingListAsOf = (asOf?: string) => reads.participatingListAsOf(prisma(), asOf);
export const getAgreementsByState = (snapshotId: number) => reads.agreementsByState(prisma(), snapshotId);
export const getAgreementsByCounty = (snapshotId: number, state?: string) => reads.agreementsByCounty(prisma(), snapshotId, state);
export const getAgenciesOfState = (snapshotId: number, state: string) => reads.agenciesOfState(prisma(), snapshotId, state);
export const getAgencyPlacement = (agencyId: number) => reads.placementOf(prisma(), agencyId);
export const getPlacementQuality = () => geoReport(prisma());
