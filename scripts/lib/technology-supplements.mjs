/**
 * Patterns added to the wappalyzer@6.9.14 data for page-level detection.
 *
 * Wappalyzer recognises these tools mostly through JavaScript globals (`_hsq`, `Intercom`,
 * `MktoForms2`), which exist only when the page's scripts run. Research reads pages
 * without running them, so the standard embed snippets are matched by the addresses
 * they load instead. Each entry adds patterns to an existing technology; nothing here
 * is copied from other fingerprint sets.
 */
export const supplements = {
  // The standard tracking code loads js.hs-scripts.com/<portal>.js (js-eu1.… for portals hosted
  // in the EU); forms come from hsforms.
  HubSpot: {
    scriptSrc: [
      "js(?:-[a-z]+\\d*)?\\.hs-scripts\\.com/",
      "js(?:-[a-z]+\\d*)?\\.hsforms\\.(?:net|com)/forms/",
      "js(?:-[a-z]+\\d*)?\\.hs-analytics\\.net/",
      "js(?:-[a-z]+\\d*)?\\.hscollectedforms\\.net/",
      // Pages hosted on HubSpot load the same loader from their own domain.
      "/hs/scriptloader/\\d+\\.js",
      // The meetings scheduler embed of HubSpot's sales tools.
      "static\\.hsappstatic\\.net/MeetingsEmbed/",
    ],
  },
  // HubSpot's consent banner loads js.hs-banner.com/<portal>.js.
  "HubSpot Cookie Policy Banner": { scriptSrc: ["js(?:-[a-z]+\\d*)?\\.hs-banner\\.com/"] },
  // Cookiebot serves EU customers from consent.cookiebot.eu.
  Cookiebot: { scriptSrc: ["consent\\.cookiebot\\.eu/"] },
  // The WordPress plugins load their banners from their plugin folders.
  Complianz: { scriptSrc: ["/wp-content/plugins/complianz-gdpr/"] },
  "Borlabs Cookie": { scriptSrc: ["/wp-content/plugins/borlabs-cookie/"] },
  // Sendinblue, renamed Brevo, loads its tracker and chat from brevo.com hosts.
  Sendinblue: { scriptSrc: ["(?:cdn|conversations-widget)\\.brevo\\.com/"] },
  // Shopware 6 storefronts: the storefront bundle of the theme and the router table in the page.
  Shopware: {
    scriptSrc: ["/theme/[\\w-]+/js/storefront/storefront\\.js"],
    html: ["window\\.router\\s*=\\s*\\{\\s*['\"]frontend\\.\\;version:6"],
  },
  // Squarespace pages load their scripts from its static hosts and mark the markup with a comment.
  Squarespace: {
    scriptSrc: ["(?:static1|assets)\\.squarespace\\.com/"],
    html: ["<!-- This is Squarespace\\. -->"],
  },
  // Salesforce's B2B marketing automation: the snippet sets piAId and builds the pd.js address from parts;
  // its forms are embedded as an iframe of, or posted to, a go.pardot.com/l/ form handler.
  Pardot: {
    scriptSrc: ["(?:pi|go)\\.pardot\\.com/"],
    html: ["\\bpiAId\\s*=\\s*['\"]\\d+"],
    dom: { "iframe[src*='go.pardot.com/l/'], form[action*='go.pardot.com/l/']": { exists: "" } },
  },
  // A Web-to-Lead (or Web-to-Case) form posts its leads straight into the company's Salesforce org.
  Salesforce: { dom: { "form[action*='servlet.WebToLead'], form[action*='servlet.WebToCase']": { exists: "" } } },
  // Zoho's CRM: the SalesIQ chat loader, or a web form posting to the CRM.
  Zoho: {
    scriptSrc: ["salesiq\\.zoho(?:public)?\\.(?:com|eu|in|jp|com\\.au|com\\.cn)/widget"],
    dom: { "form[action*='.zoho.'][action*='WebToLeadForm']": { exists: "" } },
  },
  // The Matomo snippet queues its first call in _paq and builds the tracker's address from parts.
  "Matomo Analytics": {
    scriptSrc: ["\\.matomo\\.cloud/"],
    html: ["_paq\\.push\\(\\[\\s*['\"]trackPageView"],
  },
  // The snippet's inline loader names www.clarity.ms/tag/<project>.
  "Microsoft Clarity": { scriptSrc: ["www\\.clarity\\.ms/tag/"] },
  // Current embeds load script.js, script.<extensions>.js, or (since 2025) pa-<site id>.js rather than plausible.js.
  Plausible: { scriptSrc: ["plausible\\.io/js/(?:script[\\w.-]*|pa-[\\w-]+)\\.js"] },
  // Pipedrive's LeadBooster chat loader, and the loader of its web forms.
  Pipedrive: { scriptSrc: ["leadbooster-chat\\.pipedrive\\.com/", "webforms\\.pipedrive\\.com/f/loader"] },
  // The Crisp snippet loads client.crisp.chat/l.js.
  "Crisp Live Chat": { scriptSrc: ["client\\.crisp\\.chat/l\\.js"] },
  // The Beacon snippet builds its script tag from the bare host https://beacon-v2.helpscout.net.
  "Help Scout": { scriptSrc: ["//beacon-v2\\.helpscout\\.net(?:/|$)"] },
  // Drift's loader comes from js.driftt.com.
  Drift: { scriptSrc: ["js\\.driftt\\.com/"] },
  // CookieHub serves EU customers from cookiehub.eu.
  CookieHub: { scriptSrc: ["cookiehub\\.eu/"] },
  // The messenger snippet loads widget.intercom.io/widget/<app id>.
  Intercom: { scriptSrc: ["widget\\.intercom\\.io/widget/", "js\\.intercomcdn\\.com/"] },
  // Next.js builds load their bundles from /_next/static/; pages rendered by the pages router embed __NEXT_DATA__.
  "Next.js": { scriptSrc: ["/_next/static/(?:chunks|runtime|css)/"], html: ['<script id="__NEXT_DATA__"'] },
  // Adobe's tag managers load their library from assets.adobedtm.com: launch-<id>.js (Launch) or satelliteLib-<id>.js (DTM).
  "Adobe Experience Platform Launch": {
    scriptSrc: ["assets\\.adobedtm\\.com/(?:[\\w-]+/)*launch-[\\w-]+(?:\\.min)?\\.js"],
  },
  "Adobe DTM": { scriptSrc: ["assets\\.adobedtm\\.com/(?:[\\w-]+/)*satelliteLib-[\\w-]+\\.js"] },
  // Adobe Analytics runs AppMeasurement.js, usually as an extension of the tag manager.
  "Adobe Analytics": { scriptSrc: ["/AppMeasurement(?:\\.min)?\\.js"] },
  // Klaro's embed names its config (data-config="klaroConfig") and loads klaro.js, often from cdn.kiprotect.com.
  Klaro: {
    scriptSrc: ["cdn\\.kiprotect\\.com/klaro/", "/klaro(?:-no-css|-no-translations)?(?:\\.min)?\\.js"],
    html: ["data-config=[\"']klaroConfig"],
  },
  // The consent banner loads policy.app.cookieinformation.com/uc.js.
  "Cookie Information": { scriptSrc: ["policy\\.app\\.cookieinformation\\.com/"] },
  // Webtrekk (Mapp Intelligence): the pixel script or the tag integration's safetag host.
  Webtrekk: { scriptSrc: ["/webtrekk[\\w.-]*\\.js", "\\.wt-safetag\\.com/"] },
  // Parse.ly's tracker loads cdn.parsely.com/keys/<site>/p.js from a script with id "parsely-cfg".
  "Parse.ly": { scriptSrc: ["cdn\\.parsely\\.com/keys/"], html: ["id=[\"']parsely-cfg"] },
  // Gorgias chat: the bundle loader on config.gorgias.chat.
  Gorgias: { scriptSrc: ["config\\.gorgias\\.chat/"] },
  // LiveAgent: track.js on the account's ladesk.com host.
  LiveAgent: { scriptSrc: ["\\.ladesk\\.com/scripts/track\\.js"] },
  // Matomo Tag Manager's snippet queues mtm.startTime in _mtm before loading the container.
  "Matomo Tag Manager": { html: ["_mtm\\.push\\(\\{\\s*['\"]mtm\\.startTime"] },
  // OptinMonster's embed loads a.omappapi.com/app/js/api.min.js.
  OptinMonster: { scriptSrc: ["a\\.omappapi\\.com/app/js/"] },
  // CallRail's number swap script.
  CallRail: { scriptSrc: ["cdn\\.callrail\\.com/companies/"] },
  // Embedded Marketo forms: the forms2 library on a Marketo host, or on the customer's own landing page
  // domain (info.<company>.com/js/forms2/js/forms2.min.js), loading a form of the account's Munchkin id.
  Marketo: {
    scriptSrc: ["//app-[a-z0-9]+\\.marketo\\.com/js/forms2/", "/js/forms2/js/forms2(?:\\.min)?\\.js"],
    html: ["MktoForms2\\.loadForm\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*['\"]\\d{3}-[A-Z]{3}-\\d{3}['\"]"],
    dom: { "form[id^='mktoForm_']": { exists: "\\;confidence:50" } },
  },
};
