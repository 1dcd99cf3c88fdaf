export * from "./captures";
export * from "./database";
export * from "./merge";
export * from "./offer";
export * from "./research";
export * from "./schema";
export * from "./settings";
export * from "./facts";
