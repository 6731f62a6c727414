// `@kyoso/domain/plain`: the part of the domain that needs no zod — dates, calendar, permissions, stages and the
// fixed lists with their labels. The web app's first screen imports its values from here, so the dashboard starts
// without loading or evaluating zod and the schemas (the index runs every module, schemas included); forms load
// the schemas from `@kyoso/domain` with their own route chunks. test/plain.test.ts keeps zod out of this graph.
export * from "./agreements";
export * from "./calendar";
export * from "./dates";
export * from "./day-info";
export * from "./errors";
export * from "./model";
export * from "./permissions";
export * from "./prefectures";
export * from "./short-dates";
export * from "./stage";
export * from "./vocabulary";
