/** Types for the parts of wappalyzer-core@6.6.0 (plain CommonJS, no bundled types) that tech detection uses. */
declare module "wappalyzer-core" {
  export interface Pattern {
    value: string;
    regex: RegExp;
    confidence: number;
    version: string;
  }

  export interface Technology {
    name: string;
    categories: number[];
    url: Pattern[];
    html: Pattern[];
    scripts: Pattern[];
    /** Keyed by lower-cased name. */
    meta: Record<string, Pattern[]>;
    headers: Record<string, Pattern[]>;
    cookies: Record<string, Pattern[]>;
  }

  export interface Detection {
    technology: Technology;
    pattern: Pattern;
    version: string;
  }

  export interface ResolvedTechnology {
    name: string;
    categories: { id: number; name: string }[];
    confidence: number;
    version: string;
  }

  /** Names map to lists of values; the engine lower-cases the names in its patterns. */
  export interface PageInput {
    url: string;
    html: string;
    scripts: string[];
    meta: Record<string, string[]>;
    headers: Record<string, string[]>;
    cookies: Record<string, string[]>;
  }

  const Wappalyzer: {
    setTechnologies(data: Record<string, object>): void;
    setCategories(data: Record<string, object>): void;
    getTechnology(name: string): Technology | undefined;
    parsePattern(pattern: string): Pattern;
    resolveVersion(pattern: Pattern, value: string): string;
    analyze(input: PageInput): Detection[];
    analyzeOneToOne(technology: Technology, type: "url" | "html", value: string): Detection[];
    analyzeOneToMany(technology: Technology, type: "scripts", values: string[]): Detection[];
    analyzeManyToMany(
      technology: Technology,
      type: "meta" | "headers" | "cookies",
      values: Record<string, string[]>,
    ): Detection[];
    resolve(detections: Detection[]): ResolvedTechnology[];
  };
  export default Wappalyzer;
}
