// Company-site pages of the corpus: the website research runs on request, so the runner
// stands in for the user's click. Filled in by the research feature.
export async function researchSite() {
  return { mapped: {}, error: "website research is not built yet" };
}
