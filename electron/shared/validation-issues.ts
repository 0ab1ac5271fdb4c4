/** A validator's complaints as one line, each naming the field it is about: `filters.person: Too small…; limit: …`. */
export const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues.map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
