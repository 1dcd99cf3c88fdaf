export interface SiteAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}
export function startSiteServer(
  hosts: string[],
  respond: (url: string) => SiteAnswer,
): Promise<{ browserArgs: string[]; close(): Promise<void> }>;
