import type { TemplatePack } from "./types";

/**
 * English wording. Placeholders: company, industry, firstName, fact1-3, signal1-2, problem,
 * product, metric1, alternative, shortfall, caseCustomer, caseIndustry, caseOutcome,
 * caseTimeframe, references, price, ctaNoun, ctaAsk, ctaOffer, ctaCustom.
 */
export const en: TemplatePack = {
  language: "en",
  steps: {
    attention: {
      subjects: {
        A: [["{company}: {problem}"], ["A thought on {problem}"], ["A thought for {company}"], ["A quick thought"]],
        B: [
          ["{firstName}, {problem} at {company}?"],
          ["{problem} in {industry}"],
          ["A question for {company}"],
          ["A quick question"],
        ],
      },
      paragraphs: [
        [
          [
            "{fact1} In {industry}, that is often the moment {problem} starts to cost real money.",
            "{fact1} For a company in {industry}, that tends to make {problem} more expensive every month.",
          ],
          ["{fact1} Moments like this are usually when {problem} starts to hurt."],
          ["{fact1}"],
          ["Your profile came up while I was looking into {company}."],
          ["Your profile caught my attention."],
        ],
        {
          angle: {
            a: [
              ["Many teams still rely on {alternative}; {shortfall}."],
              ["Teams that tackle it typically see {metric1}."],
            ],
            b: [
              ["Teams that tackle it typically see {metric1}."],
              ["Many teams still rely on {alternative}; {shortfall}."],
            ],
          },
        },
        [["Is {problem} on your list this quarter?"], ["{ctaAsk}"]],
      ],
      leadsTo: [["Opens with their situation and names the problem, so that {ctaNoun} reads as relevant, not random."]],
    },
    curiosity: {
      subjects: {
        A: [["How others handle {problem}"], ["How similar teams solved it"]],
        B: [["{firstName}, a question about {problem}"], ["What similar companies do differently"]],
      },
      paragraphs: [
        [
          [
            "{fact2} It made me wonder: how does {company} handle {problem} today?",
            "{fact2} Which raises a question: how does {company} handle {problem} today?",
          ],
          ["Quick question: how does {company} handle {problem} today?"],
          ["Quick question: how does your team handle {problem} today?"],
          ["Quick question: which process would your team most like to speed up this year?"],
        ],
        [
          ["Comparable companies in {industry} left {alternative} behind and now report {metric1}."],
          ["Comparable companies left {alternative} behind and now report {metric1}."],
          ["Comparable teams now report {metric1}, mostly by changing the process rather than hiring."],
          ["The surprising part: comparable teams solved it by changing the process first and the tools second."],
        ],
        [["Also: {signal2} That usually makes the question more pressing."]],
        [["{ctaOffer}"]],
      ],
      leadsTo: [["Opens a question and hints at how peers solved it; the answer is what {ctaNoun} delivers."]],
    },
    credibility: {
      subjects: {
        A: [["{caseOutcome} at {caseCustomer}"], ["What {caseCustomer} changed"], ["A number from practice"]],
        B: [["How {caseCustomer} got {caseOutcome}"], ["What the numbers say"]],
      },
      paragraphs: [
        [
          ["{caseCustomer} ({caseIndustry}) got {caseOutcome} with {product}, {caseTimeframe}."],
          ["{caseCustomer} got {caseOutcome} with {product}, {caseTimeframe}."],
          ["{caseCustomer} ({caseIndustry}) got {caseOutcome} with {product}."],
          ["{caseCustomer} got {caseOutcome} with {product}."],
          ["{references} use {product} for exactly this."],
          ["For comparable teams, the result is {metric1}."],
          ["Rather than promises, I would like to show you numbers from teams like yours."],
        ],
        [
          [
            "{fact3} That is why I expect similar numbers to be realistic for {company}.",
            "{fact3} That is why I expect similar numbers to be realistic for your team.",
          ],
        ],
        [["{ctaAsk}"]],
      ],
      leadsTo: [
        ["Backs the claim with a number from a comparable customer, which lowers the risk of saying yes to {ctaNoun}."],
      ],
    },
    action: {
      subjects: {
        A: [["{product} for {company}: next step"], ["A concrete proposal for {company}"], ["A concrete proposal"]],
        B: [["Last note on {problem}"], ["Closing the loop, {firstName}"], ["Closing the loop"]],
      },
      paragraphs: [
        [
          ["Concretely: {product} takes {problem} off your team's plate, aiming for {metric1}."],
          ["Concretely: {product} takes {problem} off your team's plate."],
          ["Concretely: I would look at where {company} loses time today, together with you."],
          ["Concretely: I would look at where your team loses time today, together with you."],
        ],
        [["It starts at {price}."]],
        [
          [
            "Why now: {signal1} Every month of waiting makes the change bigger, not smaller.",
            "Why now: {signal1} Changes like this tend to make {problem} more expensive, not less.",
          ],
          ["Every further month with {alternative} adds to the bill: {shortfall}."],
          ["Waiting rarely makes this cheaper."],
        ],
        [["{ctaAsk} If the timing is wrong, a one-word reply is enough and I will not follow up again."]],
      ],
      leadsTo: [
        ["Makes the offer concrete (solution, price, why now) and asks for the next step directly: {ctaNoun}."],
      ],
    },
  },
  cta: {
    "call-15": {
      noun: "a 15-minute call",
      ask: "Would a 15-minute call next week make sense?",
      offer: "If useful, I can walk you through how they did it in 15 minutes.",
    },
    video: {
      noun: "a 3-minute video",
      ask: "Shall I send you a 3-minute video that shows it on an example like yours?",
      offer: "If useful, I can send you a 3-minute video of how they did it.",
    },
    benchmark: {
      noun: "a short benchmark report",
      ask: "Shall I send you the benchmark report with the numbers of comparable companies?",
      offer: "If useful, I can send you the benchmark with the numbers of comparable companies.",
    },
    custom: {
      noun: "{ctaCustom}",
      ask: "Would {ctaCustom} be useful to you?",
      offer: "If useful, I can offer you {ctaCustom}.",
    },
  },
  closing: { du: "Best,", sie: "Best regards," },
  pricePer: { month: "per month", year: "per year", "user-month": "per user and month", once: "(one-off)" },
  price: "{amount} {per}",
};
