import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../../../lib/research/tech";
import { page } from "./tech-pages";

/** Tools recognised by the addresses and markup of their standard embeds, as a page without its scripts run shows them. */

const names = (doc: Document) =>
  detectTechnologies(doc, "https://www.kestrelpath.example/news/launch").map((detection) => detection.name);

describe("technologies seen only in their embeds", () => {
  it("recognises a Next.js build by its static bundles", () => {
    const doc = page(
      `<script src="/_next/static/chunks/webpack-1a2b3c.js" async=""></script>
<script src="/_next/static/chunks/main-app-4d5e6f.js" async=""></script>`,
      `<h1>News</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
    );
    expect(names(doc)).toContain("Next.js");
  });

  it("recognises Adobe's tag manager and analytics from their asset host", () => {
    const doc = page(
      `<script src="//assets.adobedtm.com/launch-EN0a1b2c3d4e5f60718293a4b5c6d7e8f9.min.js" async></script>
<script src="https://assets.adobedtm.com/extensions/EP0a1b2c3d4e5f/AppMeasurement.min.js" async></script>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Adobe Experience Platform Launch", "Adobe Analytics"]));
  });

  it("recognises consent tools and trackers by their loaders", () => {
    const doc = page(
      `<script defer data-config="klaroConfig" type="application/javascript" src="https://cdn.kiprotect.com/klaro/v0.7/klaro.js"></script>
<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="DE"></script>
<script id="parsely-cfg" src="//cdn.parsely.com/keys/kestrelpath.example/p.js"></script>
<script src="//cdn.callrail.com/companies/123456789/0a1b2c3d4e5f/12/swap.js"></script>
<script src="https://a.omappapi.com/app/js/api.min.js" data-account="12345" data-user="67890" async></script>
<script type="text/javascript" id="la_x2s6df8d" src="https://kestrelpath.ladesk.com/scripts/track.js"></script>
<script id="gorgias-chat-widget-install-v2" src="https://config.gorgias.chat/gorgias-chat-bundle-loader.js?applicationId=1234"></script>`,
      `<script>var _mtm = window._mtm = window._mtm || [];
_mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});</script>`,
    );
    expect(names(doc)).toEqual(
      expect.arrayContaining([
        "Klaro",
        "Cookie Information",
        "Parse.ly",
        "CallRail",
        "OptinMonster",
        "LiveAgent",
        "Gorgias",
        "Matomo Tag Manager",
      ]),
    );
  });

  it("reads no Next.js into a page that only links to one", () => {
    const doc = page("", `<a href="https://www.kranwerk.example/_next/static/chunks/main.js">main.js</a>`);
    expect(names(doc)).not.toContain("Next.js");
  });
});
