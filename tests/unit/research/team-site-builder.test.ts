import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Team markup of site builders and page builders, lists under a role heading, and quoted customers. */

const url = "https://www.lindgrau-software.example/team";
const pairs = (body: string, head = "") =>
  extractPeople(
    parseHtml(`<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`, url),
  ).map((person) => `${person.name} (${person.role ?? ""})`);

describe("page builders that wrap the name and the role each in their own widget", () => {
  it("reads a flexbox card whose name sits five wrappers deep", () => {
    const widget = (kind: string, inner: string) =>
      `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
    const card = (name: string, role: string) =>
      `<div class="elementor-element e-con-full e-flex e-con e-child">
        ${widget("image", `<img src="/p.jpg" alt="">`)}
        <div class="elementor-element e-con-full e-flex e-con e-child">${widget("heading", `<h3 class="elementor-heading-title elementor-size-default"><a href="/team/x"><span>${name}</span></a></h3>`)}</div>
        <div class="elementor-element e-con-full e-flex e-con e-child">${widget("text-editor", `<p>${role}</p>`)}</div>
      </div>`;
    expect(pairs(card("Thora Vindahl", "Geschäftsführerin") + card("Kasimir Lotz", "Head of Sales"))).toEqual([
      "Thora Vindahl (Geschäftsführerin)",
      "Kasimir Lotz (Head of Sales)",
    ]);
  });

  it("looks past a divider or spacer between the name and the role", () => {
    const card = (name: string, role: string) =>
      `<div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h4>${name}</h4></div></div>
        <div class="et_pb_module et_pb_divider"><div class="et_pb_divider_internal"></div></div>
        <div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><p>${role}</p></div></div></div>`;
    expect(pairs(card("Thora Vindahl", "Founder / CEO") + card("Kasimir Lotz", "Lead Developer"))).toEqual([
      "Thora Vindahl (Founder / CEO)",
      "Kasimir Lotz (Lead Developer)",
    ]);
  });

  it("reads the role that opens a box holding the role and a bio", () => {
    const card = (name: string, role: string) =>
      `<li class="list-item"><div class="list-item-media"><img src="/p.jpg" alt=""></div>
        <div class="list-item-content"><h2 class="list-item-content__title">${name}</h2>
        <div class="list-item-content__description"><p>${role}</p><p>Joined in the early days and has since shipped every release of the planner, from the first beta to the current version.</p></div></div></li>`;
    expect(
      pairs(`<ul>${card("Thora Vindahl", "Co-Founder & CTO") + card("Kasimir Lotz", "Head of Customer Success")}</ul>`),
    ).toEqual(["Thora Vindahl (Co-Founder & CTO)", "Kasimir Lotz (Head of Customer Success)"]);
  });

  it("takes no labelled feature list after a service heading for a role", () => {
    const service = (name: string, items: string[]) =>
      `<h3>📱 <strong>${name}</strong></h3><ul>${items.map((item) => `<li><strong>${item}:</strong> CHF 500</li>`).join("")}</ul>`;
    const body = `<h2>Zusatzleistungen</h2>${service("Mobile Optimierung", ["Responsive Design", "Web App"])}
      <h2>Support &amp; Wartung</h2>${service("Stability Retainer", ["Support Paket", "Wartung"])}`;
    expect(pairs(body)).toEqual([]);
  });

  it("takes no bio opening with a plain sentence for a role", () => {
    const card = (name: string) =>
      `<div class="item"><h3>${name}</h3><div class="text"><p>Loves long walks</p><p>Has built planners for logistics firms since the early days of the company.</p></div></div>`;
    expect(pairs(card("Thora Vindahl") + card("Kasimir Lotz"))).toEqual([]);
  });
});

describe("names listed under a heading that is their role", () => {
  it("gives each name the heading's role", () => {
    const body = `<aside><h2 class="label">Die Geschäftsführer</h2><ul class="names">
      <li class="strong">Dr. Thora Vindahl</li><li class="strong">Kasimir Lotz</li></ul>
      <h2 class="label">Gegründet</h2><p>2011 in Kassel</p></aside>`;
    expect(pairs(body)).toEqual(["Dr. Thora Vindahl (Geschäftsführer)", "Kasimir Lotz (Geschäftsführer)"]);
  });

  it("reads no role from a heading that names none", () => {
    const body = `<h2>Unsere Standorte</h2><ul><li>Bad Hersfeld</li><li>Neu Wulmstorf</li></ul>
      <h2>Referenzen</h2><ul><li>Kestrel Werke</li><li>Holm Bau</li></ul>`;
    expect(pairs(body)).toEqual([]);
  });
});

describe("customers quoted on the page", () => {
  const quote = (name: string, role: string) =>
    `<figure class="card"><blockquote><p>„Die Zusammenarbeit war schnell, klar und zuverlässig.“</p></blockquote>
      <figcaption><span class="name">${name}</span> <span class="meta">${role}</span></figcaption></figure>`;

  it("takes no customer quoted with a role at their own company", () => {
    expect(
      pairs(
        quote("Marlene Oswald", "Product Owner, Fernwerk Mobility GmbH") +
          quote("Jasper Quandt", "Leiter Einkauf bei Holm Bau") +
          quote("Ines Barth", "Vorstand, Stiftung Lichtblick"),
      ),
    ).toEqual([]);
  });

  it("takes no customer under a quote set as a plain paragraph", () => {
    const card = (name: string, role: string) =>
      `<div class="slide"><p>"Setting up took an afternoon, and our drivers loved it from day one."</p><h4>${name}</h4><span>${role}</span></div>`;
    expect(
      pairs(card("Marlene Oswald", "COO at Fernwerk") + card("Jasper Quandt", "Head of IT, Holm Logistics")),
    ).toEqual([]);
  });

  it("keeps the company's own people quoted with their role", () => {
    expect(pairs(quote("Thora Vindahl", "Geschäftsführerin") + quote("Kasimir Lotz", "CTO, Co-Founder"))).toEqual([
      "Thora Vindahl (Geschäftsführerin)",
      "Kasimir Lotz (CTO, Co-Founder)",
    ]);
  });
});

describe("people in an about page's JSON-LD", () => {
  it("reads the employees of the organization the page is about", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": "AboutPage",
      mainEntity: {
        "@id": "https://www.lindgrau-software.example/#organization",
        employee: [
          { "@type": "Person", name: "Thora Vindahl", jobTitle: "Geschäftsführerin" },
          { "@type": "Person", name: "Kasimir Lotz", jobTitle: "Geschäftsführer" },
        ],
      },
    };
    expect(pairs("<h1>Über uns</h1>", `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toEqual([
      "Thora Vindahl (Geschäftsführerin)",
      "Kasimir Lotz (Geschäftsführer)",
    ]);
  });
});

describe("cards with a first name only", () => {
  const card = (name: string, role: string) =>
    `<div class="col card"><img alt="${name}" src="/p.jpg"><h6 class="member">${name}</h6><p class="small">${role}</p></div>`;

  it("reads them in a team list the page proves with full names", () => {
    const body = `<div class="row">${card("Thora Vindahl", "Founder &amp; CEO") + card("Kasimir Lotz", "Co-Founder") + card("Vanessa.H", "Customer Support Specialist") + card("Ilka", "Head of Design")}</div>`;
    expect(pairs(body)).toEqual([
      "Thora Vindahl (Founder & CEO)",
      "Kasimir Lotz (Co-Founder)",
      "Vanessa.H (Customer Support Specialist)",
      "Ilka (Head of Design)",
    ]);
  });

  it("reads none where no card gives a full name, outside a team page", () => {
    const body = `<div class="row">${card("Ilka", "Head of Design") + card("Jorin", "Sales Lead") + card("Mette", "Office Manager")}</div>`;
    const home = "https://www.lindgrau-software.example/";
    const doc = parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`, home);
    expect(extractPeople(doc, home)).toEqual([]);
  });

  it("takes no town or menu entry beside a team list", () => {
    const office = (town: string, role: string) =>
      `<div class="col card"><h6 class="member">${town}</h6><p class="small">${role}</p></div>`;
    const body = `<div class="row">${card("Thora Vindahl", "Founder &amp; CEO") + card("Kasimir Lotz", "Co-Founder")}</div>
      <div class="row">${office("Kassel", "Sales Office") + office("Bremen", "Support Center")}</div>
      <div class="row">${card("Kontakt", "Customer Support")}</div>`;
    expect(pairs(body)).toEqual(["Thora Vindahl (Founder & CEO)", "Kasimir Lotz (Co-Founder)"]);
  });
});

describe("names without a role under a team heading", () => {
  const member = (name: string) =>
    `<div class="tab"><img src="/p.jpg" alt=""><div class="content"><div class="left"><h3>${name}</h3></div>
      <div class="social"><a href="https://www.linkedin.com/in/x"><i class="icon-linkedin"></i></a></div>
      <p>Has spent two decades building software for logistics and retail companies.</p></div></div>`;

  it("keeps the names of a leadership team without a role", () => {
    const body = `<h2>Leadership Team</h2><div class="tabs"><div class="wrap">${member("Thora Vindahl") + member("Kasimir Lotz")}</div></div>`;
    expect(pairs(body)).toEqual(["Thora Vindahl ()", "Kasimir Lotz ()"]);
  });

  it("takes no names under another heading", () => {
    const body = `<h2>Stimmen unserer Kunden</h2><div class="tabs"><div class="wrap">${member("Thora Vindahl") + member("Kasimir Lotz")}</div></div>`;
    expect(pairs(body)).toEqual([]);
  });
});

describe("a team page of one", () => {
  const page = `<section><h2>Our Team</h2><div class="card"><a class="card-title" href="/team/thora">Thora Vindahl</a>
    <h6 class="text-color">CEO</h6><ul><li><a href="https://www.linkedin.com/in/thora-v/"><i class="ti-linkedin"></i></a></li></ul></div></section>`;
  const people = (url: string, body: string) =>
    extractPeople(parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`, url)).map(
      (person) => `${person.name} (${person.role ?? ""})`,
    );

  it("reads the one card with a clear role on a team page", () => {
    expect(people("https://www.lindgrau-software.example/de/team/", page)).toEqual(["Thora Vindahl (CEO)"]);
  });

  it("takes the address of a fetched page from the caller or its canonical link", () => {
    const fetched = (head: string) =>
      parseHtml(`<!doctype html><html><head>${head}</head><body><main>${page}</main></body></html>`, "about:blank");
    const names = (doc: Document, url?: string) => extractPeople(doc, url).map((person) => person.name);
    expect(names(fetched(""), "https://www.lindgrau-software.example/ueber-uns")).toEqual(["Thora Vindahl"]);
    expect(names(fetched(`<link rel="canonical" href="https://www.lindgrau-software.example/team">`))).toEqual([
      "Thora Vindahl",
    ]);
    expect(names(fetched(""))).toEqual([]);
  });

  it("reads no single card on other pages", () => {
    expect(people("https://www.lindgrau-software.example/blog/planning-tips", page)).toEqual([]);
  });

  it("reads no single card when the page holds two such mentions", () => {
    const other = `<div class="quote"><strong>Kasimir Lotz</strong><span>Head of Sales</span></div>`;
    expect(people("https://www.lindgrau-software.example/about", page + other)).toEqual([]);
  });
});
