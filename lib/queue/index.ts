export * from "./filter";
export * from "./normalise";
export * from "./rows";
export * from "./sort";
export * from "./weekly";
