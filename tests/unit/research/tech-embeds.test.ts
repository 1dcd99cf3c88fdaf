import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../../../lib/research/tech";
import { page } from "./tech-pages";

/** Embeds whose current or regional variants the bundled fingerprints do not name. */

const names = (doc: Document) =>
  detectTechnologies(doc, "https://www.lindenhof-systeme.example/").map((detection) => detection.name);

describe("regional and current embed variants", () => {
  it("recognises a page hosted on HubSpot by its own-domain loader and consent banner", () => {
    const doc = page(
      `<script src="https://js-eu1.hs-banner.com/4711815.js" type="text/javascript" id="cookieBanner-4711815" data-cookieconsent="ignore" data-hsjs-portal="4711815"></script>`,
      `<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4711815.js?businessUnitId=0"></script>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["HubSpot", "HubSpot Cookie Policy Banner"]));
  });

  it("recognises HubSpot's collected forms loader on its own", () => {
    const doc = page(
      `<script src="https://js-eu1.hscollectedforms.net/collectedforms.js" type="text/javascript" id="CollectedForms-4711815" crossorigin="anonymous" data-leadin-portal-id="4711815"></script>`,
    );
    expect(names(doc)).toContain("HubSpot");
  });

  it("recognises Cookiebot served from its EU host", () => {
    const doc = page(
      `<script id="Cookiebot" src="https://consent.cookiebot.eu/uc.js" data-cbid="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" data-blockingmode="auto" type="text/javascript"></script>`,
    );
    expect(names(doc)).toContain("Cookiebot");
  });

  it("recognises the consent plugins of a WordPress site by their plugin folders", () => {
    const doc = page(
      `<meta name="generator" content="WordPress 6.5.3" />
<script src="https://www.lindenhof-systeme.example/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie-prioritize.min.js?ver=3.1.9" id="borlabs-cookie-prioritize-js"></script>`,
      `<script defer src="https://www.lindenhof-systeme.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=7.0.4" id="cmplz-cookiebanner-js"></script>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["WordPress", "Borlabs Cookie", "Complianz"]));
  });

  it("recognises the Help Scout Beacon, whose loader names only its host", () => {
    const doc = page(
      "",
      `<script>!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}a()}(window,document,window.Beacon||function(){});</script>
<script>window.Beacon('init', '7c1e4a2b-0d3f-4e5a-9b8c-1a2b3c4d5e6f')</script>`,
    );
    expect(names(doc)).toContain("Help Scout");
  });

  it("recognises Plausible's per-site script and Brevo's tracker", () => {
    const doc = page(
      `<script async src="https://plausible.io/js/pa-Xk3vQ9aB7cD2eF.js"></script>
<script src="https://cdn.brevo.com/js/sdk-loader.js" async></script>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Plausible", "Sendinblue"]));
  });

  it("recognises a Shopware 6 storefront and a Squarespace site", () => {
    const shop = page(
      `<script>window.router = { 'frontend.cart.offcanvas': '/checkout/offcanvas', 'frontend.cookie.offcanvas': '/cookie/offcanvas' };</script>
<script type="text/javascript" src="https://shop.lindenhof-systeme.example/theme/5c1e9f0a2b3c4d5e6f708192a3b4c5d6/js/storefront/storefront.js?1716000000" defer></script>`,
    );
    const studio = page(
      `<!-- This is Squarespace. --><!-- lindenhof-systeme -->
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>`,
    );
    expect(names(shop)).toContain("Shopware");
    expect(names(studio)).toContain("Squarespace");
  });

  it("recognises Marketo forms served from the customer's own landing page domain", () => {
    const library = page(`<script src="//go.lindenhof-systeme.example/js/forms2/js/forms2.min.js"></script>`);
    const loader = page(
      "",
      `<form id="demo-form"></form><script>MktoForms2.loadForm("//go.lindenhof-systeme.example", "417-LHS-815", 1042);</script>`,
    );
    expect(names(library)).toContain("Marketo");
    expect(names(loader)).toContain("Marketo");
  });

  it("recognises the CRM a lead form posts to and the sales tools' embeds", () => {
    const doc = page(
      `<script src="https://static.hsappstatic.net/MeetingsEmbed/ex/MeetingsEmbedCode.js"></script>
<script src="https://webforms.pipedrive.com/f/loader"></script>`,
      `<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8" method="POST">
<input type="hidden" name="oid" value="00D000000000001"><input type="email" name="email"></form>
<iframe src="https://go.pardot.com/l/481516/2024-02-01/lhs42" title="Kontakt"></iframe>
<form action="https://crm.zoho.eu/crm/WebToLeadForm" method="POST"><input type="text" name="Last Name"></form>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["HubSpot", "Pipedrive", "Salesforce", "Pardot", "Zoho"]));
  });

  it("reads no CRM from links to a form handler or a vendor's pages", () => {
    const doc = page(
      "",
      `<a href="https://go.pardot.com/l/481516/2024-02-01/lhs42">Whitepaper</a>
<a href="https://www.salesforce.com/de/products/">Salesforce</a> <a href="https://www.zoho.com/crm/">Zoho CRM</a>
<form action="/kontakt" method="post"><input type="email" name="email"></form>`,
    );
    expect(names(doc)).toEqual([]);
  });

  it("reads scripts held back until consent or first interaction", () => {
    const doc = page(
      `<script data-cookieconsent="statistics" data-src="https://www.googletagmanager.com/gtag/js?id=G-LH4711LH47"></script>
<script type="text/plain" data-service="hotjar" data-category="statistics" data-cmplz-src="https://static.hotjar.com/c/hotjar-4711815.js?sv=6"></script>`,
      `<script type="rocketlazyloadscript" data-rocket-src="https://js-eu1.hs-scripts.com/4711815.js" id="hs-script-loader" async defer></script>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Google Analytics", "Hotjar", "HubSpot"]));
  });

  it("reads the scripts a server-rendered app only preloads", () => {
    const doc = page(
      `<link rel="preload" href="https://js-eu1.hs-scripts.com/4711815.js" as="script"/>
<link rel="preload" href="https://www.googletagmanager.com/gtm.js?id=GTM-LH4711" as="script"/>
<link rel="modulepreload" href="https://consent.cookiebot.com/uc.js"/>`,
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["HubSpot", "Google Tag Manager", "Cookiebot"]));
  });

  it("reads no script from hints that only open a connection or preload other files", () => {
    const doc = page(
      `<link rel="preconnect" href="https://js-eu1.hs-scripts.com"/>
<link rel="dns-prefetch" href="https://consent.cookiebot.com"/>
<link rel="preload" href="https://www.googletagmanager.com/gtm.js?id=GTM-LH4711" as="fetch"/>`,
    );
    expect(names(doc)).toEqual([]);
  });

  it("reads no tool from links to vendor sites or plugin folders", () => {
    const doc = page(
      "",
      `<p>Wir beraten zu Borlabs Cookie, Complianz und Cookiebot.</p>
<a href="https://www.lindenhof-systeme.example/wp-content/plugins/borlabs-cookie/readme.txt">Readme</a>
<a href="https://consent.cookiebot.eu/">Cookiebot</a> <a href="https://www.squarespace.com/">Squarespace</a>
<a href="https://plausible.io/js/pa-Xk3vQ9aB7cD2eF.js">Script</a>`,
    );
    expect(names(doc)).toEqual([]);
  });
});
