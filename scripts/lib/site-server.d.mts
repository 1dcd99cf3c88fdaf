export interface SiteAnswer {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: Buffer;
}
export function startSiteServer(
  hosts: string[],
  respond: (url: string) => SiteAnswer,
): Promise<{ browserArgs: string[]; close(): Promise<void> }>;
