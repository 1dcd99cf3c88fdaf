export * from "./captures";
export * from "./database";
export * from "./facts";
export * from "./merge";
export * from "./offer";
export * from "./research";
export * from "./schema";
export * from "./settings";
