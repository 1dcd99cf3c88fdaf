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
  // The standard tracking code loads js.hs-scripts.com/<portal>.js; forms come from hsforms.
  HubSpot: { scriptSrc: ["js\\.hs-scripts\\.com/", "js\\.hsforms\\.(?:net|com)/forms/"] },
  // The messenger snippet loads widget.intercom.io/widget/<app id>.
  Intercom: { scriptSrc: ["widget\\.intercom\\.io/widget/", "js\\.intercomcdn\\.com/"] },
  // Embedded Marketo forms: the forms2 library on a Marketo host plus an mktoForm_<id> form.
  Marketo: {
    scriptSrc: ["//app-[a-z0-9]+\\.marketo\\.com/js/forms2/"],
    dom: { "form[id^='mktoForm_']": { exists: "\\;confidence:50" } },
  },
};
