// A local HTTPS server for the fictional company websites. The extension fetches
// research pages from its offscreen document, which the test browser's request
// routing does not see, so the browser is told to resolve those hosts to this server.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), "prospect-scout-cert-"));
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-subj",
      "/CN=localhost",
      "-days",
      "2",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

/**
 * Serves `respond(url)` (status, content type, optional headers and body) for every request on 127.0.0.1 and returns the Chromium
 * arguments that send `hosts` there.
 */
export async function startSiteServer(hosts, respond) {
  const server = createServer(selfSignedCertificate(), (request, response) => {
    const answer = respond(`https://${request.headers.host}${request.url}`);
    response.writeHead(answer.status, { ...answer.headers, "content-type": answer.contentType });
    response.end(answer.body);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(", ");
  return {
    browserArgs: [`--host-resolver-rules=${rules}`, "--ignore-certificate-errors"],
    close: () => new Promise((done) => server.close(done)),
  };
}
