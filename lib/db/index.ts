export * from "./captures";
export * from "./database";
export * from "./merge";
export * from "./schema";
export * from "./settings";
