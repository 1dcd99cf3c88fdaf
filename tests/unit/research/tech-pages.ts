import { Window } from "happy-dom";

/** Pages of fictional companies embedding the usual vendor snippets, for tech detection tests. */

export function page(head: string, body = ""): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(
    `<!doctype html><html lang="en"><head><title>Test</title>${head}</head><body>${body}</body></html>`,
  );
  return window.document as unknown as Document;
}

/** A B2B SaaS site: the marketing stack a sales rep would mention. */
export const saasSite = page(
  `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-KP4711');</script>
<!-- End Google Tag Manager -->
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f0e0d0c-1111-2222-3333-444455556666"></script>
<script src="https://cdn.optimizely.com/js/2400417.js"></script>
<script src="https://js.stripe.com/v3/"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/9876543.js"></script>`,
  `<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KP4711" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<h1>Kestrelpath turns field notes into pipeline</h1>
<script src="//app-lon04.marketo.com/js/forms2/js/forms2.min.js"></script>
<form id="mktoForm_1024"></form>
<script>MktoForms2.loadForm("//app-lon04.marketo.com", "123-KPX-456", 1024);</script>
<script>window.intercomSettings = { api_base: "https://api-iam.intercom.io", app_id: "kp4711" };
(function(){var w=window;var ic=w.Intercom;var d=document;var l=function(){var s=d.createElement('script');
s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/kp4711';
var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};l();})();</script>
<script src="https://boards.greenhouse.io/embed/job_board/js?for=kestrelpath"></script>`,
);

/** A German WordPress site with a Cookiebot banner and a Personio job page. */
export const wordpressSite = page(
  `<meta name="generator" content="WordPress 6.5.2">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="aaaa-bbbb" type="text/javascript"></script>
<link rel="stylesheet" href="https://www.muehlbach-garten.example/wp-content/themes/garten/style.css">`,
  `<h1>Mühlbach Gartenbedarf</h1><a href="https://muehlbach-garten.jobs.personio.de/">Karriere</a>`,
);

/** A Shopify store: the storefront scripts and theme stylesheet come from Shopify's CDN. */
export const shopifySite = page(
  `<link rel="stylesheet" href="//fjordlys.example/cdn/shop/t/4/assets/base.css">
<link rel="stylesheet" href="https://cdn.shopify.com/s/files/1/0612/3456/t/4/assets/theme.css">
<script src="https://cdn.shopify.com/shopifycloud/storefront/trekkie.storefront.min.js" defer></script>`,
  "<h1>Fjordlys Candles</h1>",
);

/** A plain page whose hosting shows only in the response headers. */
export const plainPage = page("", "<h1>Lindqvist Robotics</h1><p>We build warehouse robots.</p>");

/** A German B2B site whose tools load by inline snippets and EU-hosted addresses. */
export const euSnippetSite = page(
  `<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/25123456.js"></script>
<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
})(window, document, "clarity", "script", "kx41abc");</script>
<script defer data-domain="wattwerk.example" src="https://plausible.io/js/script.outbound-links.js"></script>
<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);
(function() {var u="//statistik.wattwerk.example/";_paq.push(['setTrackerUrl', u+'matomo.php']);})();</script>
<script type="text/javascript">piAId = '1023456';piCId = '7788';piHostname = 'pi.pardot.com';</script>
<script src="https://cdn.cookiehub.eu/c2/ab12cd34.js"></script>`,
  `<h1>Wattwerk Energiesysteme</h1>
<script src="https://leadbooster-chat.pipedrive.com/assets/loader.js" async></script>
<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="0a1b2c";(function(){var d=document;var s=d.createElement("script");
s.src="https://client.crisp.chat/l.js";s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();</script>
<script src="https://js.driftt.com/include/1700000000000/wattwerk.js"></script>`,
);
