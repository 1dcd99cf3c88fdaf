import { defineConfig } from "wxt";

// The manifest is the security posture: LinkedIn is the only host granted up front,
// every other site is asked for at the moment the user researches it.
export default defineConfig({
  modules: ["@wxt-dev/module-react"],
  // A separate build folder lets several test runs share one checkout.
  outDir: process.env.PROSPECT_SCOUT_OUT_DIR ?? ".output",
  manifest: {
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    permissions: [
      "storage",
      "sidePanel",
      "activeTab",
      "scripting",
      "contextMenus",
      "alarms",
      "clipboardWrite",
      "notifications",
      "offscreen",
    ],
    host_permissions: ["https://*.linkedin.com/*"],
    optional_host_permissions: ["https://*/*", "http://*/*"],
    action: { default_title: "__MSG_extName__" },
    commands: {
      "open-side-panel": {
        suggested_key: { default: "Alt+Shift+P" },
        description: "__MSG_commandOpenSidePanel__",
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
