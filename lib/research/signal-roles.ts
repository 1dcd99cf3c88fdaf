/**
 * Wordings that look like a leadership change or a partnership but tell of neither: a staff role filled
 * ("appointed Tom Hale as its talent acquisition analyst"), or a member's or customer's quote saying how glad
 * it is to work with the company ("“We are excited to partner with Kestrel,” said …").
 */

// The role after "appointed … as": a leading role keeps the news; a staff role named without one does not.
const appointedAs = /\bappoint(?:s|ed)\b.{1,60}?\bas (?:its |our |their |the |a |an |new )*([^,.;:()]{3,80})/i;
const leadingRole =
  /\b(?:c[a-z]o|chief|e?s?vp|vice[- ]president|president|head|directors?|officers?|board|chair\w*|partner|founder|principal|managing|general (?:manager|counsel)|treasurer|secretary|geschäftsführ\w*|vorstand\w*)\b/i;
const staffRole =
  /\b(?:analyst|associate|coordinator|specialist|assistant|intern|trainee|recruiter|ambassador|editor|writer|fellow|engineer|developer|designer|consultant|evangelist|advocate|researcher|community (?:leader|manager))s?\b/i;

/** "appointed Tom Hale as its talent acquisition analyst": a staff role, not a leader taking office. */
export function staffAppointment(sentence: string): boolean {
  const role = appointedAs.exec(sentence)?.[1];
  return role !== undefined && staffRole.test(role) && !leadingRole.test(role);
}

// A feeling about working with someone, in a quote: the speaker's view, not the announcement of a partnership.
const gladToPartner =
  /\b(?:excited|thrilled|proud|happy|delighted|pleased|glad|honou?red|eager|look(?:ing)? forward) to (?:continue to |further )?partner(?:ing)? with\b/i;
const quoted = /^["“„«»‘']|["”“»«’'],? (?:said|says|stated|states|added|adds|noted|notes|commented|explained|shared)\b/;

/** "“We are excited to partner with Kestrel as we …”": a quote's glad words, which a member or customer says too. */
export function gladQuote(sentence: string): boolean {
  return gladToPartner.test(sentence) && quoted.test(sentence);
}
